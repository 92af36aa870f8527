// Xinbei PFP case management: a case number typed into the Tasklist's search (筛选任务) finds the case's tasks.
// Loaded by config.js (customScripts). Camunda 7.24's search box turns free text into its default criterion, the
// task name (任务名称 like …), and no task is named like a case number; the case number is the business key of the
// case's process instances (a part's key is "<case number>/<part>"), which the search also offers as
// 流程实例业务键 but a clerk does not know to choose. So a task-name criterion that is a case number, or its
// beginning (SC-2012-00001, sc-2012), is sent as processInstanceBusinessKeyLike "<number>%" instead, for the filter's
// list and its count. Any other text searches the task names as before.

const FILTER_QUERY = /\/filter\/[^/?]+\/(list|count)(\?|$)/;
const CASE_NUMBER = /^%?([A-Za-z]{2}-\d{4}(?:-\d{0,5})?)%?$/;

function caseNumberOf(value) {
  const match = typeof value === 'string' ? CASE_NUMBER.exec(value.trim()) : null;
  return match ? match[1].toUpperCase() : null;
}

/** Moves a task-name criterion that is a case number to the business key; true when the query changed. */
export function rewriteQuery(query) {
  if (!query || typeof query !== 'object') {
    return false;
  }
  let changed = false;
  for (const key of ['nameLike', 'name']) {
    const caseNumber = caseNumberOf(query[key]);
    if (caseNumber) {
      delete query[key];
      query.processInstanceBusinessKeyLike = caseNumber + '%';
      changed = true;
    }
  }
  (Array.isArray(query.orQueries) ? query.orQueries : []).forEach((or) => {
    changed = rewriteQuery(or) || changed;
  });
  return changed;
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.pfpFilterQuery = String(method).toUpperCase() === 'POST' && FILTER_QUERY.test(String(url));
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (body) {
  if (this.pfpFilterQuery && typeof body === 'string' && body.length > 0) {
    try {
      const query = JSON.parse(body);
      if (rewriteQuery(query)) {
        return send.call(this, JSON.stringify(query));
      }
    } catch (e) {
      // Not JSON: sent as it is.
    }
  }
  return send.call(this, body);
};
