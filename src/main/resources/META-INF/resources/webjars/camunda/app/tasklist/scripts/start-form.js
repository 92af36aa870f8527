// Xinbei PFP case management: the new case number in the Tasklist's start confirmation. Loaded by config.js
// (customScripts). The Tasklist confirms a started process with "流程已发起。" only (PROCESS_START_OK takes no
// parameters); the start listener sets the case number as the business key, and the engine API's answer to the start
// form (POST …/process-definition/…/submit-form) carries it: this module notes it and adds 案件编号 to the
// confirmation.

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

new MutationObserver(addCaseNumber).observe(document.documentElement, {childList: true, subtree: true});
