// Xinbei PFP case management: a start form is not lost by mistake (issue 15). Loaded by config.js (customScripts).
// The Tasklist's start dialog is an AngularJS UI Bootstrap modal that closes on Esc, on a click beside it, on 关闭
// and goes back to the process list on 返回, each dropping what was typed into a form of up to 30 fields. Once
// something was typed, these are held and the dialog asks first, in its footer: 继续填写 keeps the form, 放弃并关闭
// (or 放弃并返回) does what was asked. Starting the case (启动) is never held.

const DIALOG = '.modal';
const LEAVING_BUTTONS = 'button[ng-click="$dismiss()"], button[ng-click="back()"], .modal-header .close';
const GUARD = 'pfp-close-guard';

let dirty = false;
let passing = false;      // set while the clerk's confirmed close goes through
let knownDialog = null;

function openDialog() {
  return Array.from(document.querySelectorAll(DIALOG)).find((d) => d.querySelector('form')) || null;
}

// A new dialog starts clean; typing into its form makes it worth keeping.
new MutationObserver(() => {
  const dialog = openDialog();
  if (dialog !== knownDialog) {
    knownDialog = dialog;
    dirty = false;
  }
}).observe(document.documentElement, {childList: true, subtree: true});

['input', 'change'].forEach((type) => document.addEventListener(type, (event) => {
  const dialog = openDialog();
  if (dialog && dialog.contains(event.target) && event.target.closest('form')) {
    dirty = true;
  }
}, true));

function ask(dialog, leave, leaveText) {
  let guard = dialog.querySelector('.' + GUARD);
  if (guard) {
    guard.remove();
  }
  guard = document.createElement('div');
  guard.className = GUARD + ' alert alert-warning';
  guard.setAttribute('role', 'alertdialog');
  const text = document.createElement('span');
  text.textContent = '表单中已填写的内容尚未提交，离开后将丢失。';
  const stay = document.createElement('button');
  stay.type = 'button';
  stay.className = 'btn btn-default pfp-keep-form';
  stay.textContent = '继续填写';
  stay.addEventListener('click', () => guard.remove());
  const go = document.createElement('button');
  go.type = 'button';
  go.className = 'btn btn-danger pfp-discard-form';
  go.textContent = leaveText;
  go.addEventListener('click', () => {
    guard.remove();
    dirty = false;
    passing = true;
    try {
      leave();
    } finally {
      passing = false;
    }
  });
  guard.append(text, ' ', stay, ' ', go);
  const footer = dialog.querySelector('.modal-footer') || dialog;
  footer.insertBefore(guard, footer.firstChild);
  stay.focus();
}

function dismissButton(dialog) {
  return dialog.querySelector('button[ng-click="$dismiss()"]');
}

// Window, capture phase: before UI Bootstrap's own handlers on the document and the dialog.
window.addEventListener('keydown', (event) => {
  const dialog = openDialog();
  if (passing || !dirty || !dialog || (event.key !== 'Escape' && event.which !== 27)) {
    return;
  }
  if (document.querySelector('.flatpickr-calendar.open')) {
    return;                                       // Esc closes the open date picker, not the dialog
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  ask(dialog, () => dismissButton(dialog).click(), '放弃并关闭');
}, true);

window.addEventListener('click', (event) => {
  const dialog = openDialog();
  if (passing || !dirty || !dialog) {
    return;
  }
  const button = event.target.closest ? event.target.closest(LEAVING_BUTTONS) : null;
  const beside = event.target === dialog;       // the dialog's backdrop area around .modal-dialog
  if (!beside && !(button && dialog.contains(button))) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  const back = button && button.getAttribute('ng-click') === 'back()';
  ask(dialog, () => (button || dismissButton(dialog)).click(), back ? '放弃并返回' : '放弃并关闭');
}, true);
