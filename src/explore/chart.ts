// Mentions per month as a bar chart (uPlot), with the same numbers in a table for screen readers and copying.
import uPlot from 'uplot';
import { h } from './dom.js';

export interface MonthCount {
  month: string;
  articles: number;
  mentions: number;
}

export function monthChart(months: MonthCount[]): HTMLElement {
  const figure = h('figure', { class: 'chart', 'aria-label': 'Mentions per month' });
  const table = h(
    'table',
    { class: 'months' },
    h('caption', null, 'Mentions per month'),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Month'), h('th', { scope: 'col' }, 'Articles'), h('th', { scope: 'col' }, 'Mentions'))),
    h('tbody', null, months.map((m) => h('tr', null, h('td', null, m.month), h('td', null, m.articles), h('td', null, m.mentions)))),
  );
  if (!months.length) return h('p', { class: 'muted' }, 'No dated mentions.');
  const plotBox = h('div', { class: 'plot', 'aria-hidden': 'true' });
  figure.append(plotBox, h('details', null, h('summary', null, 'Show as a table'), table));
  const xs = months.map((m) => Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)) - 1, 15) / 1000);
  // Drawn once the figure is in the page (uPlot measures nothing itself, but the width comes from the layout).
  requestAnimationFrame(() => {
    const width = Math.max(280, plotBox.clientWidth || 600);
    new uPlot(
      {
        width,
        height: 180,
        legend: { show: false },
        scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [{}, { label: 'mentions' }],
        series: [{}, { label: 'Mentions', fill: '#1f5fbf99', stroke: '#1f5fbf', paths: uPlot.paths.bars!({ size: [0.7, 40] }), points: { show: false } }],
      },
      [xs, months.map((m) => m.mentions)],
      plotBox,
    );
  });
  return figure;
}
