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
// Our zh.json lives in ../locales/zh.json (en/de come from the webjar). The app picks the first part of the
// browser language (e.g. 'zh-CN' -> 'zh'), so the code must be 'zh'; other languages fall back to 'zh'.
//
// Date format: the Welcome app 7.24 does NOT read a `dateFormat` setting from this file (the commented
// example below is inherited from the original file); its dates use the locale's LLL/LL/LLLL formats,
// which zh.json (dateLocales.longDateFormat) defines as Chinese formats.
//
// Camunda 8 migration notices (checked against the 7.24.0 webjar JavaScript):
// - The header banner "It is time to migrate to Camunda 8 ..." (BANNER_CE_EOL_TEXT, div.ce-eol-banner)
//   is shown whenever `isCommunityEdition` is true, and the header directive hard-codes that flag.
//   No config.js setting switches it off; it is only translated in zh.json.
// - The first-visit info box on the login page (FIRST_LOGIN_INFO -> /camunda-welcome) IS switchable:
//   `disableWelcomeMessage: true` below turns it off.

export default {
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
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
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',

  // Hides the first-login info box that points to the Camunda welcome page (Camunda 8 migration notice).
  disableWelcomeMessage: true
};
