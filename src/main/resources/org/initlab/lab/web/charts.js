// initlab lab: small canvas charts (line charts with linear or log y, histogram strips), no library.
'use strict';

function fit(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const w = canvas.clientWidth || 300;
  const h = canvas.clientHeight || 200;
  canvas.width = Math.round(w * ratio);
  canvas.height = Math.round(h * ratio);
  const g = canvas.getContext('2d');
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, w, h);
  return { g, w, h };
}

function niceTicks(lo, hi, count) {
  const span = hi - lo || 1;
  const step0 = Math.pow(10, Math.floor(Math.log10(span / count)));
  const step = [1, 2, 5, 10].map((m) => m * step0).find((s) => span / s <= count) || step0 * 10;
  const ticks = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  return ticks;
}

function fmt(v) {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e4 || a < 1e-3) return v.toExponential(0).replace('e+', 'e');
  return String(Number(v.toPrecision(3)));
}

/** series: [{name, colour, points: [[x, y]], dashed, dots}]; opts: {logY, xLabel, yLabel, yMin, yMax} */
function plot(canvas, series, opts) {
  const { g, w, h } = fit(canvas);
  const m = { l: 48, r: 8, t: 8, b: 34 };
  const pts = series.flatMap((s) => s.points).filter((p) => p[1] !== null && isFinite(p[1]) && (!opts.logY || p[1] > 0));
  g.font = '11px system-ui, sans-serif';
  g.fillStyle = '#666';
  if (pts.length === 0) {
    g.fillText('nothing to show yet', w / 2 - 45, h / 2);
    legend(canvas, []);
    return;
  }
  let x0 = Math.min(...pts.map((p) => p[0]));
  let x1 = Math.max(...pts.map((p) => p[0]));
  if (x1 === x0) { x0 -= 1; x1 += 1; }
  const ty = (v) => (opts.logY ? Math.log10(v) : v);
  let y0 = opts.yMin !== undefined ? ty(opts.yMin) : Math.min(...pts.map((p) => ty(p[1])));
  let y1 = opts.yMax !== undefined ? ty(opts.yMax) : Math.max(...pts.map((p) => ty(p[1])));
  if (opts.logY) { y0 = Math.floor(y0); y1 = Math.max(Math.ceil(y1), y0 + 1); }
  if (y1 === y0) { y0 -= 0.5; y1 += 0.5; }
  const X = (x) => m.l + (x - x0) / (x1 - x0) * (w - m.l - m.r);
  const Y = (y) => h - m.b - (ty(y) - y0) / (y1 - y0) * (h - m.t - m.b);
  g.strokeStyle = '#e5e5e5';
  g.lineWidth = 1;
  const yTicks = opts.logY ? niceTicks(y0, y1, 6).filter((t) => Number.isInteger(Math.round(t * 1e6) / 1e6)).map((t) => Math.pow(10, Math.round(t)))
    : niceTicks(y0, y1, 5);
  for (const t of yTicks) {
    const y = Y(t);
    g.beginPath(); g.moveTo(m.l, y); g.lineTo(w - m.r, y); g.stroke();
    g.fillText(opts.logY ? '1e' + Math.round(Math.log10(t)) : fmt(t), 4, y + 4);
  }
  for (const t of niceTicks(x0, x1, 6)) {
    const x = X(t);
    g.beginPath(); g.moveTo(x, m.t); g.lineTo(x, h - m.b); g.stroke();
    g.fillText(fmt(t), x - 6, h - m.b + 13);
  }
  g.fillText(opts.xLabel || '', w / 2 - 20, h - 4);
  g.strokeStyle = '#999';
  g.strokeRect(m.l, m.t, w - m.l - m.r, h - m.t - m.b);
  g.save();
  g.beginPath(); g.rect(m.l, m.t, w - m.l - m.r, h - m.t - m.b); g.clip();
  for (const s of series) {
    const good = s.points.filter((p) => p[1] !== null && isFinite(p[1]) && (!opts.logY || p[1] > 0));
    g.strokeStyle = s.colour;
    g.fillStyle = s.colour;
    g.lineWidth = s.width || 1.8;
    g.globalAlpha = s.alpha || 1;
    g.setLineDash(s.dashed ? [6, 4] : []);
    g.beginPath();
    good.forEach((p, i) => (i === 0 ? g.moveTo(X(p[0]), Y(p[1])) : g.lineTo(X(p[0]), Y(p[1]))));
    g.stroke();
    if (s.dots) for (const p of good) { g.beginPath(); g.arc(X(p[0]), Y(p[1]), 2.6, 0, 2 * Math.PI); g.fill(); }
  }
  g.restore();
  g.globalAlpha = 1;
  g.setLineDash([]);
  legend(canvas, series.filter((s) => s.name));
}

/** The series' names under the chart, as HTML (a legend inside the plot would hide the lines at its corner). */
function legend(canvas, series) {
  let box = canvas.nextElementSibling;
  if (!box || !box.classList.contains('legend')) {
    box = document.createElement('div');
    box.className = 'legend';
    canvas.after(box);
  }
  box.innerHTML = '';
  for (const s of series) {
    const item = document.createElement('span');
    const swatch = document.createElement('i');
    swatch.style.borderTopColor = s.colour;
    swatch.style.borderTopStyle = s.dashed ? 'dashed' : 'solid';
    swatch.style.opacity = s.alpha || 1;
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(s.name));
    box.appendChild(item);
  }
}

function drawHistograms(box, hist, layers, colour, stdKey) {
  box.innerHTML = '';
  if (!hist || !hist.counts) return;
  const n = hist.counts.length;
  const stride = Math.max(1, Math.ceil(n / 12));
  for (let l = 0; l < n; l += stride) {
    const fig = document.createElement('figure');
    const canvas = document.createElement('canvas');
    const cap = document.createElement('figcaption');
    const std = layers && layers[l] ? layers[l][stdKey] : null;
    cap.textContent = 'layer ' + (l + 1) + (std === null || std === undefined ? '' : '\nstd ' + fmt(std));
    fig.appendChild(canvas);
    fig.appendChild(cap);
    box.appendChild(fig);
    const { g, w, h } = fit(canvas);
    const counts = hist.counts[l];
    const total = counts.reduce((a, b) => a + b, 0) || 1;
    const top = Math.max(...counts) / total || 1;
    const bw = w / counts.length;
    g.fillStyle = colour;
    counts.forEach((c, i) => {
      const bh = (c / total) / top * (h - 14);
      g.fillRect(i * bw, h - 12 - bh, Math.max(1, bw - 0.5), bh);
    });
    g.fillStyle = '#777';
    g.font = '9px system-ui, sans-serif';
    g.fillText(fmt(hist.low), 1, h - 2);
    const hi = fmt(hist.high);
    g.fillText(hi, w - g.measureText(hi).width - 1, h - 2);
  }
}
