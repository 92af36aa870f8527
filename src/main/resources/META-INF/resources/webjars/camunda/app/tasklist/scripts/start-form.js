// Xinbei PFP case management: two things the Tasklist's start dialog lacks for a clerk. Loaded by config.js
// (customScripts).
// 1. The new case number. The Tasklist confirms a started process with "流程已发起。" only (PROCESS_START_OK takes no
//    parameters); the start listener sets the case number as the business key, and the engine API's answer to the
//    start form (POST …/process-definition/…/submit-form) carries it: this module notes it and adds 案件编号 to the
//    confirmation.
// 2. Typed input is not lost unnoticed. The dialog closes on Esc and on a click beside it, dropping what was typed;
//    once the clerk has typed into the start form, either asks first (a click on the dialog's own close button does
//    not: that is deliberate).

const START_FORM = /\/process-definition\/[^/]+(\/[^/]+)?\/submit-form(\?|$)/;
const CONFIRMATION = '.notifications .alert-info .status, .notifications .alert-success .status';
const MARK = 'pfp-case-number';
// PROCESS_START_OK of our zh.json; the confirmation follows the answer at once (shown for 3 s).
const STARTED_TEXT = '流程已发起';
const CONFIRMATION_WINDOW_MS = 30000;

let started = null;
let answeredAt = 0;

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && START_FORM.test(String(url))) {
    this.addEventListener('load', () => {
      try {
        const answer = JSON.parse(this.responseText);
        started = this.status === 200 && answer && answer.businessKey ? answer.businessKey : null;
        answeredAt = Date.now();
      } catch (e) {
        started = null;
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

function addCaseNumber() {
  if (!started || Date.now() - answeredAt > CONFIRMATION_WINDOW_MS) {
    return;
  }
  document.querySelectorAll(CONFIRMATION).forEach((status) => {
    if (status.textContent.includes(STARTED_TEXT) && !status.querySelector('.' + MARK)) {
      const caseNumber = document.createElement('span');
      caseNumber.className = MARK;
      caseNumber.textContent = ' 案件编号：' + started;
      status.appendChild(caseNumber);
    }
  });
}


const START_DIALOG_FORM = '.modal form.fjs-form';
const DISCARD_QUESTION = '关闭后，已填写的内容将丢失。确定关闭吗？';

let typed = false;

function startDialogOpen() {
  return document.querySelector(START_DIALOG_FORM) !== null;
}

new MutationObserver(() => {
  addCaseNumber();
  if (!startDialogOpen()) {
    typed = false; // closed, or back to the list of processes: the next form starts untouched
  }
}).observe(document.documentElement, {childList: true, subtree: true});

['input', 'change'].forEach((type) => document.addEventListener(type, (event) => {
  if (event.target instanceof Element && event.target.closest(START_DIALOG_FORM)) {
    typed = true;
  }
}, true));

// Capture phase: runs before the dialog's own handlers (on the document and on the dialog's window element).
function keepTypedInput(event) {
  if (typed && startDialogOpen() && !window.confirm(DISCARD_QUESTION)) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
}

window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' || event.key === 'Esc') {
    keepTypedInput(event);
  }
}, true);

window.addEventListener('click', (event) => {
  // A click beside the dialog lands on the dialog's window element itself (div.modal), not inside its content.
  if (event.target instanceof Element && event.target.classList.contains('modal')) {
    keepTypedInput(event);
  }
}, true);
