// Returns what makes the desk's charts hard to read: a text outside its chart box (cut) or two texts that cover each
// other (a slanted axis label on the legend, on its neighbour, on the title). Each text is taken as the box its glyphs
// occupy, turned as they are drawn (getBBox in the text's own frame, corners through getScreenCTM), so slanted labels
// are compared as drawn, not by their upright bounding rectangles.
var problems = [];
var boxes = document.querySelectorAll('.desk-chart');
if (boxes.length === 0) { return ['no chart on the page']; }
function corners(text) {
  var b = text.getBBox();
  var m = text.getScreenCTM();
  return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]].map(function (p) {
    return { x: m.a * p[0] + m.c * p[1] + m.e, y: m.b * p[0] + m.d * p[1] + m.f };
  });
}
function axes(quad) {
  return [0, 1].map(function (i) {
    var a = quad[i], b = quad[i + 1];
    return { x: -(b.y - a.y), y: b.x - a.x };
  });
}
function separated(p, q) {
  return axes(p).concat(axes(q)).some(function (axis) {
    var len = Math.hypot(axis.x, axis.y) || 1;
    function project(quad) {
      var values = quad.map(function (c) { return (c.x * axis.x + c.y * axis.y) / len; });
      return [Math.min.apply(null, values), Math.max.apply(null, values)];
    }
    var a = project(p), b = project(q);
    return a[1] <= b[0] + 1 || b[1] <= a[0] + 1;   // 1 px of tolerance: touching is not covering
  });
}
boxes.forEach(function (box) {
  var frame = box.getBoundingClientRect();
  var texts = Array.prototype.filter.call(box.querySelectorAll('svg text'), function (t) {
    var style = window.getComputedStyle(t);
    return t.textContent.trim() !== '' && style.display !== 'none' && style.visibility !== 'hidden'
        && t.getAttribute('opacity') !== '0' && t.getAttribute('fill-opacity') !== '0';
  });
  if (texts.length === 0) { problems.push(box.id + ': no text drawn'); return; }
  var quads = texts.map(function (t) { return { label: t.textContent.trim(), quad: corners(t) }; });
  quads.forEach(function (q) {
    var outside = q.quad.some(function (c) {
      return c.x < frame.left - 1 || c.x > frame.right + 1 || c.y < frame.top - 1 || c.y > frame.bottom + 1;
    });
    if (outside) { problems.push(box.id + ': “' + q.label + '” is cut by the chart box'); }
  });
  for (var i = 0; i < quads.length; i++) {
    for (var j = i + 1; j < quads.length; j++) {
      if (!separated(quads[i].quad, quads[j].quad)) {
        problems.push(box.id + ': “' + quads[i].label + '” covers “' + quads[j].label + '”');
      }
    }
  }
});
return problems;
