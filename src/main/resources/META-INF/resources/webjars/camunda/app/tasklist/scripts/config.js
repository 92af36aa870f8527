/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Xinbei PFP case management: Chinese ('zh') is the default language of the webapps.
// Our zh.json lives next to this file in ../locales/zh.json (en/de come from the webjar).
// The app picks the first part of the browser language (e.g. 'zh-CN' -> 'zh'), so the code must be 'zh';
// browsers asking for a language that is not listed fall back to 'zh'.
//
// Camunda 8 migration notices (checked against the 7.24.0 webjar JavaScript):
// - The red header banner "It is time to migrate to Camunda 8 ..." (BANNER_CE_EOL_TEXT, div.ce-eol-banner)
//   is shown whenever `isCommunityEdition` is true, and the header directive hard-codes that flag
//   (`isCommunityEdition = true`). No config.js setting switches it off; it is only translated in zh.json.
// - The first-visit info box on the login page (FIRST_LOGIN_INFO, linking to /camunda-welcome, which
//   carries the same migration notice) IS switchable: `disableWelcomeMessage: true` below turns it off.

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // Date formats (moment.js) used by the Tasklist `camDate` filter; this app reads all six keys.
  // 'normal', 'short' and 'abbr' are fixed ISO-style formats common in Chinese government systems;
  // 'long' uses the locale's LLLL, which zh.json defines as 'YYYY年M月D日dddd HH:mm'.
  // 'monthName' and 'day' are the month and day of the date badges in the task history.
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'LLLL',
    short: 'YYYY-MM-DD'
  },

  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },

  // Chinese for form-js's own texts (validation messages, "Select") and its date picker: see the script.
  // The new case number in the confirmation of a started process. A case number typed into the search finds the
  // case's tasks (its business key). The Cockpit link only for users who may use Cockpit; the forms' links to the API
  // in a new tab. See each script.
  customScripts: ['scripts/form-texts-zh', 'scripts/start-form', 'scripts/start-dialog-guard', 'scripts/case-number-search', 'scripts/task-chrome'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',

  // Hides the first-login info box that points to the Camunda welcome page (Camunda 8 migration notice).
  disableWelcomeMessage: true,

  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到列表中的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“发起流程”对话框'
    }
  }
};
