// Xinbei PFP case management: Chinese for the texts that form-js (Camunda Forms in the Tasklist) writes itself.
// Camunda 7.24's Tasklist translates its own texts through locales/zh.json, but form-js 1.8 (bundled in lib/deps.js)
// has no translation hook: its validation messages ("Field is required.") and placeholders ("Select") are English
// literals, and its date picker (flatpickr) uses flatpickr's default, English locale. Loaded by config.js
// (customScripts), this module
//  - sets flatpickr's default locale to Chinese before a form creates a date picker (month and weekday names;
//    weeks start on Monday), and
//  - rewrites form-js's English texts in the page into Chinese as form-js renders them (MutationObserver), and
//  - gives the Tasklist's empty error notification after form-js refused to submit a reason (see the fields).
// The date format typed into the picker is unchanged (form-js derives it from the browser).

const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时制',
  time_24hr: true
};

// form-js's validation messages (Validator) and the texts of its own controls, English -> Chinese.
const TEXTS = [
  [/^Field is required\.$/, () => '此项为必填项'],
  [/^Field must have minimum length of (\d+)\.$/, (n) => '至少应填写 ' + n + ' 个字'],
  [/^Field must have maximum length of (\d+)\.$/, (n) => '最多可填写 ' + n + ' 个字'],
  [/^Field must have minimum value of (.+)\.$/, (n) => '不得小于 ' + n],
  [/^Field must have maximum value of (.+)\.$/, (n) => '不得大于 ' + n],
  [/^Field must match pattern .*$/, () => '格式不正确'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请填写有效的电话号码（含国际区号）'],
  [/^mm\/dd\/yyyy$/, () => '月/日/年，如 03/01/2012'],
  [/^Select$/, () => '请选择'],
  [/^Search$/, () => '搜索'],
  [/^No results$/, () => '无匹配项'],
  [/^All values selected$/, () => '已全部选择']
];

export function translate(text) {
  const trimmed = text.trim();
  for (const [english, chinese] of TEXTS) {
    const match = english.exec(trimmed);
    if (match) {
      return chinese(...match.slice(1));
    }
  }
  return null;
}

// Where form-js writes those texts: errors under a field, a select's display and placeholder, drop-down lists.
const FORM_JS_TEXT = '.fjs-form-field-error li, .fjs-select-display, .fjs-dropdownlist-empty';
const FORM_JS_PLACEHOLDER = '.fjs-form input[placeholder]';

// The Tasklist's notification when form-js refused to submit: "提交任务表单时出错" and no reason.
const EMPTY_REFUSAL = '.notifications .alert-danger .message:empty';
const SEE_THE_FIELDS = '请按表单中标红的提示修改后再提交';

function translatePage(root) {
  if (root.querySelector('.fjs-form-field-error')) {
    root.querySelectorAll(EMPTY_REFUSAL).forEach((message) => {
      message.textContent = SEE_THE_FIELDS;
    });
  }
  root.querySelectorAll(FORM_JS_TEXT).forEach((element) => {
    element.childNodes.forEach((node) => {
      const chinese = node.nodeType === Node.TEXT_NODE ? translate(node.data) : null;
      if (chinese !== null) {
        node.data = chinese;
      }
    });
  });
  root.querySelectorAll(FORM_JS_PLACEHOLDER).forEach((input) => {
    const chinese = translate(input.getAttribute('placeholder'));
    if (chinese !== null) {
      input.setAttribute('placeholder', chinese);
    }
  });
}

function localizeDatePicker(flatpickr) {
  if (flatpickr && typeof flatpickr.localize === 'function') {
    flatpickr.localize(FLATPICKR_ZH);
  }
}

if (window.flatpickr) {
  localizeDatePicker(window.flatpickr);
} else {
  // Not loaded yet: localize it the moment lib/deps.js defines it, before any form is shown.
  let loaded;
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    get: () => loaded,
    set: (value) => {
      loaded = value;
      localizeDatePicker(value);
    }
  });
}

translatePage(document);
new MutationObserver(() => translatePage(document)).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true
});
