/*
 * The desk's charts, one layout for all (issue 15: slanted category labels were cut and ran into the legend at
 * 1280×720). Categories (case kinds, towns, units: names of up to ten characters) are read along the left side as
 * horizontal bars, so every name is whole and upright; the grid makes room for them (containLabel) and the legend has
 * its own strip at the bottom. Drawn as SVG, so the labels are text a browser test can measure.
 */
(function () {
  'use strict';

  var LEGEND_STRIP = 36;      // px kept free at the bottom for the legend
  var TITLE_STRIP = 40;       // px kept free at the top for the title

  function layout(spec) {
    var option = {
      title: Object.assign({ left: 'center', textStyle: { fontSize: 14 } }, spec.title),
      tooltip: spec.tooltip,
      grid: { left: 8, right: 24, top: TITLE_STRIP, bottom: spec.legend ? LEGEND_STRIP : 8, containLabel: true },
      // The first category on top, as in the tables below the charts.
      yAxis: { type: 'category', data: spec.categories, inverse: true, axisLabel: { interval: 0 } },
      xAxis: Object.assign({ type: 'value' }, spec.valueAxis),
      series: spec.series
    };
    if (spec.legend) {
      option.legend = Object.assign({ bottom: 4, type: 'scroll' }, spec.legend);
    }
    return option;
  }

  var drawn = [];
  window.addEventListener('resize', function () {
    drawn.forEach(function (chart) { chart.resize(); });
  });

  window.DeskCharts = {
    /**
     * Draws a bar chart with categories down the left side into element: spec has title, categories, series, and
     * optionally tooltip, legend and valueAxis. A no-op when ECharts did not load: the tables carry the same figures.
     */
    bars: function (element, spec) {
      if (!element || typeof window.echarts === 'undefined') {
        return null;
      }
      var chart = window.echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(layout(spec));
      drawn.push(chart);
      return chart;
    }
  };
})();
