// Peer: Chart.js with only what a half-doughnut gauge needs registered (DoughnutController,
// ArcElement). Chart.js draws no text in the middle, so the rate and name sit in a caption below,
// as a portal would do. Animation and responsiveness off: fixed-size canvases, final state at once.
import { ArcElement, Chart, DoughnutController } from 'chart.js';

Chart.register(DoughnutController, ArcElement);

/** items: [{ name, rate }] → one 220×110 half doughnut + caption each, appended to `container`. */
export function renderGauges(container, items) {
  return items.map(({ name, rate }) => {
    const box = document.createElement('figure');
    box.className = 'peer-gauge';
    const canvas = document.createElement('canvas');
    canvas.width = 220;
    canvas.height = 110;
    const caption = document.createElement('figcaption');
    caption.innerHTML = `<strong>${rate.toFixed(1)}%</strong> <span></span>`;
    caption.querySelector('span').textContent = name;
    box.append(canvas, caption);
    container.append(box);
    const shown = Math.min(Math.max(rate, 0), 100);
    return new Chart(canvas, {
      type: 'doughnut',
      data: { datasets: [{ data: [shown, 100 - shown], backgroundColor: ['#256ef4', '#e6e8ea'], borderWidth: 0 }] },
      options: {
        responsive: false,
        animation: false,
        circumference: 180,
        rotation: -90,
        cutout: '70%',
        events: [],
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
      },
    });
  });
}
