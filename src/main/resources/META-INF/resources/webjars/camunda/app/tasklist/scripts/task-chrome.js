// Xinbei PFP case management: what the Tasklist shows beside a task (issue 15). Loaded by config.js (customScripts).
// - The link icon beside a task's process name (a.instance-link) opens the process instance in Cockpit. Only users
//   whose authorizations give them Cockpit (the bureau's clerks and supervisors, administrators) see it; for
//   everyone else it led to an English 403 page. Hidden by default (user-styles.css); shown once the signed-in
//   user's authorized applications (the webapps' own /camunda/api/admin/auth/user/default) include Cockpit.
// - Links in a form to the project's API (printed documents, the full ID number of a verification step) open in a
//   new tab, so the Tasklist and the form stay as they were.

const COCKPIT_ALLOWED = 'pfp-cockpit-allowed';

function apiRoot() {
  // The Tasklist names its admin API on its <base admin-api="/camunda/api/admin/">; the page's own href
  // (/camunda/app/tasklist/default/) is no guide to it.
  const base = document.querySelector('base');
  const adminApi = (base && base.getAttribute('admin-api')) || '/camunda/api/admin/';
  return adminApi + 'auth/user/default';
}

function checkCockpit() {
  const request = new XMLHttpRequest();
  request.open('GET', apiRoot());
  request.setRequestHeader('Accept', 'application/json');
  request.onload = () => {
    let allowed = false;
    let userId = '';
    try {
      const user = JSON.parse(request.responseText);
      userId = request.status === 200 && user.userId ? user.userId : '';
      allowed = request.status === 200 && Array.isArray(user.authorizedApps)
        && user.authorizedApps.indexOf('cockpit') >= 0;
    } catch (e) {
      allowed = false;
    }
    document.documentElement.classList.toggle(COCKPIT_ALLOWED, allowed);
    // For the browser tests: whose answer is in, and what it was.
    document.documentElement.setAttribute('data-pfp-cockpit-checked', userId + ':' + allowed);
  };
  request.send();
}

// A sign-in or sign-out in the single-page Tasklist changes the user without a reload: check again after each.
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (/\/auth\/user\/default\/(login\/|logout)/.test(String(url))) {
    this.addEventListener('load', checkCockpit);
  }
  return open.call(this, method, url, ...rest);
};

document.addEventListener('click', (event) => {
  const link = event.target && event.target.closest ? event.target.closest('a[href^="/api/"]') : null;
  if (link) {
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener');
  }
}, true);

checkCockpit();
