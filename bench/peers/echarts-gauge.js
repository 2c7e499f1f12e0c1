// Peer: the smallest ECharts a portal would ship for an execution gauge — core, GaugeChart and the
// canvas renderer (no components, no SVG renderer). One chart instance per gauge, as in a page
// that places gauges independently. Animation off: every variant draws its final state at once.
import * as echarts from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([GaugeChart, CanvasRenderer]);

/** items: [{ name, rate }] → one 220×160 gauge each, appended to `container`. */
export function renderGauges(container, items) {
  return items.map(({ name, rate }) => {
    const box = document.createElement('div');
    box.className = 'peer-gauge';
    container.append(box);
    const chart = echarts.init(box, null, { width: 220, height: 160, renderer: 'canvas' });
    chart.setOption({
      animation: false,
      series: [
        {
          type: 'gauge',
          startAngle: 180,
          endAngle: 0,
          min: 0,
          max: 100,
          radius: '95%',
          center: ['50%', '75%'],
          pointer: { show: false },
          progress: { show: true, width: 18 },
          axisLine: { lineStyle: { width: 18 } },
          axisTick: { show: false },
          splitLine: { show: false },
          axisLabel: { show: false },
          title: { offsetCenter: [0, '20%'], fontSize: 12 },
          detail: { offsetCenter: [0, '-15%'], fontSize: 22, formatter: '{value}%' },
          data: [{ value: rate, name }],
        },
      ],
    });
    return chart;
  });
}
