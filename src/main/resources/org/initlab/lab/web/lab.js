// initlab lab: the page. Plain JavaScript and canvas, no library, nothing fetched from outside this server.
'use strict';

const PAGE = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));
const PROBE_KEYS = ['activation', 'init', 'depth', 'width', 'batch', 'seed'];
const TRAIN_KEYS = ['dataset', 'optimizer', 'lr', 'minibatch', 'epochs'];
const CLASS_COLOURS = ['#3b6fb6', '#d9534f', '#4a9f4a', '#9467bd', '#8c564b'];
const $ = (id) => document.getElementById(id);

let options = null;       // GET /api/options
let current = null;       // the last probe answer
let pinned = null;        // {probe, title, colour}
let probeSeq = 0;
let probeTimer = 0;
let training = null;      // {controller} while a run streams
let trainState = null;    // what the training charts show

// ---------- settings <-> controls <-> URL ----------

function initParamKeys() {
  const entry = options.initializers.find((e) => e.name === $('init').value);
  return entry ? entry.takes : [];
}

function settings() {
  const s = {};
  for (const k of PROBE_KEYS.concat(TRAIN_KEYS)) {
    s[k] = $(k).value.trim();
  }
  for (const p of initParamKeys()) {
    const v = $('param-' + p).value.trim();
    if (v !== '') s[p] = v;
  }
  return s;
}

function query(s) {
  return Object.entries(s).filter(([, v]) => v !== '').map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v)).join('&');
}

function fillSelect(id, values) {
  const select = $(id);
  select.innerHTML = '';
  for (const v of values) {
    const o = document.createElement('option');
    o.value = v;
    o.textContent = v;
    select.appendChild(o);
  }
}

function buildInitParams(preset) {
  const box = $('init-params');
  box.innerHTML = '';
  const entry = options.initializers.find((e) => e.name === $('init').value);
  $('init-formula').textContent = entry ? entry.formula + ' — parameters: ' + entry.parameters
    + (entry.source === '-' ? '' : ' — ' + entry.source) : '';
  for (const p of initParamKeys()) {
    const label = document.createElement('label');
    label.textContent = p + ' ';
    let input;
    if (p === 'mode' || p === 'distribution') {
      input = document.createElement('select');
      const values = p === 'mode' ? ['', 'fan-in', 'fan-out', 'fan-avg'] : ['', 'truncated-normal', 'normal', 'uniform'];
      for (const v of values) {
        const o = document.createElement('option');
        o.value = v;
        o.textContent = v === '' ? '(default)' : v;
        input.appendChild(o);
      }
    } else {
      input = document.createElement('input');
      input.type = 'text';
      input.placeholder = 'default';
    }
    input.id = 'param-' + p;
    input.name = p;
    if (preset && preset[p] !== undefined) input.value = preset[p];
    input.addEventListener('input', scheduleProbe);
    input.addEventListener('change', scheduleProbe);
    label.appendChild(input);
    box.appendChild(label);
  }
}

function applyUrl() {
  const params = new URLSearchParams(location.search);
  const preset = {};
  for (const [k, v] of params) preset[k] = v;
  for (const k of PROBE_KEYS.concat(TRAIN_KEYS)) {
    if (preset[k] !== undefined) $(k).value = preset[k];
  }
  buildInitParams(preset);
}

function updateUrl() {
  const pinnedInit = pinned ? '&compare=' + encodeURIComponent(pinned.answer.settings.initKey) : '';
  history.replaceState(null, '', '?' + query(settings()) + pinnedInit);
}

// ---------- talking to the server ----------

function setStatus(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

async function getJson(url, init) {
  const res = await fetch(url, init);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

function scheduleProbe() {
  clearTimeout(probeTimer);
  probeTimer = setTimeout(probe, 120);
}

async function probe() {
  const seq = ++probeSeq;
  const s = settings();
  updateUrl();
  const probeQuery = {};
  for (const k of PROBE_KEYS) probeQuery[k] = s[k];
  for (const p of initParamKeys()) if (s[p] !== undefined) probeQuery[p] = s[p];
  try {
    const answer = await getJson('/api/probe?' + query(probeQuery));
    if (seq !== probeSeq) return;
    current = answer;
    setStatus('');
    drawInitView();
  } catch (e) {
    if (seq === probeSeq) setStatus(e.message, true);
  }
}

// ---------- the initialization view ----------

function colourOf(init) {
  return (options && options.colours[init]) || '#555';
}

function layerSeries(probeAnswer, key, theoryKey, colour, label) {
  const rows = probeAnswer.answer.layers;
  const measured = { name: label + ', measured', colour, dots: true, points: rows.map((r) => [r.layer, r[key]]) };
  if (rows.length === 0 || rows[0][theoryKey] === undefined) return [measured];
  // the theory underneath, wide and pale, so that a measurement that agrees with it still lets it show
  const theory = { name: label + ', theory', colour, dashed: true, width: 4, alpha: 0.4,
    points: rows.map((r) => [r.layer, r[theoryKey]]) };
  return [theory, measured];
}

function drawInitView() {
  if (!current) return;
  const s = current.settings;
  const title = s.depth + ' ' + s.activation + ' layers of ' + s.width + ', ' + s.init;
  const colour = colourOf(current.settings.initKey);
  const cur = { answer: current, title, colour };
  $('current-title').textContent = 'current: ' + title;
  $('current-init').textContent = s.init + ': ' + s.initDescription;
  $('probe-time').textContent = '(computed in ' + Math.round(current.ms) + ' ms)';
  const verdicts = $('verdicts');
  verdicts.innerHTML = '';
  for (const v of current.verdicts) {
    const li = document.createElement('li');
    li.textContent = v;
    verdicts.appendChild(li);
  }
  $('theory-note').textContent = current.theoryNote ? 'Theory: ' + current.theoryNote : '';
  drawHistograms($('act-hist'), current.activationHistograms, current.layers, colour, 'act_std');
  drawHistograms($('grad-hist'), current.gradientHistograms, current.layers, colour, 'grad_act_std');
  const shown = pinned ? [pinned, cur] : [cur];
  $('pinned-column').hidden = !pinned;
  if (pinned) {
    $('pinned-title').textContent = 'pinned: ' + pinned.title;
    $('pinned-init').textContent = pinned.answer.settings.init + ': ' + pinned.answer.settings.initDescription;
    drawHistograms($('pinned-act-hist'), pinned.answer.activationHistograms, pinned.answer.layers, pinned.colour, 'act_std');
    drawHistograms($('pinned-grad-hist'), pinned.answer.gradientHistograms, pinned.answer.layers, pinned.colour, 'grad_act_std');
  }
  const tag = (p) => (pinned ? (p === pinned ? 'pinned ' : 'current ') : '') + p.answer.settings.init;
  plot($('std-chart'), shown.flatMap((p) => layerSeries(p, 'act_std', 'theory_act_std', p.colour, tag(p))),
    { logY: true, xLabel: 'layer' });
  plot($('grad-chart'), shown.flatMap((p) => layerSeries(p, 'grad_act_std', 'theory_grad_act_std', p.colour, tag(p))),
    { logY: true, xLabel: 'layer' });
  const fractions = [];
  for (const p of shown) {
    const rows = p.answer.layers;
    if (rows.some((r) => r.saturated_frac !== null)) {
      fractions.push({ name: tag(p) + ', saturated', colour: p.colour, dots: true, points: rows.map((r) => [r.layer, r.saturated_frac]) });
    }
    if (rows.some((r) => r.dead_frac !== null)) {
      fractions.push({ name: tag(p) + ', dead units', colour: p.colour, dashed: true, dots: true, points: rows.map((r) => [r.layer, r.dead_frac]) });
    }
    fractions.push({ name: tag(p) + ', exact zeros', colour: '#999', width: 1, points: rows.map((r) => [r.layer, r.zero_frac]) });
  }
  plot($('frac-chart'), fractions, { xLabel: 'layer', yMin: 0, yMax: 1 });
}

// ---------- training ----------

function resetTraining(start) {
  trainState = { start, losses: [], epochs: [], layers: [], hist: null, boundary: null };
  drawTraining();
}

function drawTraining() {
  const t = trainState;
  if (!t) return;
  const colour = colourOf(t.start ? t.start.initKey : $('init').value);
  plot($('loss-chart'), [{ name: 'loss', colour, points: t.losses }], { logY: true, xLabel: 'step' });
  plot($('acc-chart'), [
    { name: 'test', colour, dots: true, points: t.epochs.map((e) => [e.epoch, e.testAccuracy]) },
    { name: 'train', colour: '#999', dashed: true, points: t.epochs.map((e) => [e.epoch, e.trainAccuracy]) },
  ], { xLabel: 'epoch', yMin: 0, yMax: 1 });
  plot($('live-chart'), [
    { name: 'activation std', colour, dots: true, points: t.layers.map((r) => [r.layer, r.act_std]) },
    { name: 'dL/da std', colour: '#555', dashed: true, dots: true, points: t.layers.map((r) => [r.layer, r.grad_act_std]) },
  ], { logY: true, xLabel: 'layer' });
  drawHistograms($('live-hist'), t.hist, t.layers, colour, 'act_std');
  drawBoundary();
}

function drawBoundary() {
  const canvas = $('boundary');
  const { g, w, h } = fit(canvas);
  const t = trainState;
  if (!t || !t.start) {
    g.fillStyle = '#666';
    g.fillText('press Train', w / 2 - 30, h / 2);
    return;
  }
  const b = t.boundary;
  const box = b ? b.box : null;
  const pts = t.start.points;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = box || [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const X = (x) => (x - x0) / (x1 - x0) * w;
  const Y = (y) => h - (y - y0) / (y1 - y0) * h;
  if (b) {
    // one opaque pixel per grid cell (the class colour faded towards white by the confidence), scaled up smoothly
    const cells = document.createElement('canvas');
    cells.width = b.n;
    cells.height = b.n;
    const cg = cells.getContext('2d');
    const image = cg.createImageData(b.n, b.n);
    for (let r = 0; r < b.n; r++) {
      for (let c = 0; c < b.n; c++) {
        const i = r * b.n + c;
        const alpha = 0.12 + 0.5 * Math.max(0, (b.confidence[i] - 0.5) * 2);
        const hex = CLASS_COLOURS[b.classes[i] % CLASS_COLOURS.length];
        const o = ((b.n - 1 - r) * b.n + c) * 4;
        for (let k = 0; k < 3; k++) {
          const channel = parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16);
          image.data[o + k] = Math.round(255 * (1 - alpha) + channel * alpha);
        }
        image.data[o + 3] = 255;
      }
    }
    cg.putImageData(image, 0, 0);
    g.imageSmoothingEnabled = true;
    g.drawImage(cells, 0, 0, w, h);
  }
  for (const p of pts) {
    g.fillStyle = CLASS_COLOURS[p[2] % CLASS_COLOURS.length];
    g.strokeStyle = '#fff';
    g.beginPath();
    g.arc(X(p[0]), Y(p[1]), 2.6, 0, 2 * Math.PI);
    g.fill();
    g.stroke();
  }
}

function onEvent(name, data) {
  const t = trainState;
  if (name === 'start') {
    resetTraining(data);
    $('train-progress').textContent = '— ' + data.network;
  } else if (name === 'progress') {
    for (const p of data.losses) t.losses.push(p);
    for (const e of data.epochs) t.epochs.push(e);
    if (data.layers.length) t.layers = data.layers;
    if (data.activationHistograms && data.activationHistograms.counts) t.hist = data.activationHistograms;
    if (data.boundary) t.boundary = data.boundary;
    $('train-progress').textContent = '— ' + t.start.network + ', epoch ' + data.epoch + ' of ' + t.start.epochs + ', step ' + data.step;
    drawTraining();
  } else if (name === 'end') {
    setStatus(data.outcome === 'diverged' ? 'Diverged: ' + data.message : data.message, data.outcome === 'diverged');
  }
}

async function train() {
  if (training) {
    stopTraining();
    return;
  }
  const controller = new AbortController();
  training = { controller };
  $('train').textContent = 'Stop';
  $('train').classList.add('running');
  setStatus('training…');
  try {
    const res = await fetch('/api/train?' + query(settings()) + '&page=' + PAGE, { signal: controller.signal });
    if (!res.ok) {
      const body = await res.json();
      throw new Error(body.error || ('HTTP ' + res.status));
    }
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = (block.match(/^event: (.*)$/m) || [])[1];
        const data = (block.match(/^data: (.*)$/m) || [])[1];
        if (event && data) onEvent(event, JSON.parse(data));
      }
    }
  } catch (e) {
    if (e.name !== 'AbortError') setStatus(e.message, true);
    else setStatus('stopped');
  } finally {
    training = null;
    $('train').textContent = 'Train';
    $('train').classList.remove('running');
  }
}

function stopTraining() {
  if (!training) return;
  fetch('/api/stop?page=' + PAGE, { method: 'POST' }).catch(() => {});
  training.controller.abort();
}

// ---------- compare and keep ----------

function pin() {
  if (pinned) {
    pinned = null;
    $('pin').textContent = 'Compare: pin this';
  } else if (current) {
    const s = current.settings;
    pinned = { answer: current, title: s.depth + ' ' + s.activation + ' layers of ' + s.width + ', ' + s.init,
      colour: colourOf(s.initKey) };
    $('pin').textContent = 'Unpin';
  }
  updateUrl();
  drawInitView();
}

async function keep() {
  setStatus('saving…');
  try {
    const answer = await getJson('/api/keep?' + query(settings()) + '&page=' + PAGE, { method: 'POST' });
    setStatus('Kept in ' + answer.folder + (answer.training ? ' (with the last training)' : '') + '; open report.html there.');
  } catch (e) {
    setStatus(e.message, true);
  }
}

// ---------- start ----------

async function main() {
  options = await getJson('/api/options');
  fillSelect('activation', options.activations);
  fillSelect('init', options.initializers.map((e) => e.name));
  fillSelect('dataset', options.datasets);
  fillSelect('optimizer', options.optimizers);
  $('activation').value = 'tanh';
  $('init').value = 'xavier-normal';
  applyUrl();
  for (const k of PROBE_KEYS) {
    $(k).addEventListener('input', scheduleProbe);
    $(k).addEventListener('change', scheduleProbe);
  }
  for (const k of TRAIN_KEYS) $(k).addEventListener('change', updateUrl);
  $('init').addEventListener('change', () => { buildInitParams({}); scheduleProbe(); });
  $('train').addEventListener('click', train);
  $('pin').addEventListener('click', pin);
  $('keep').addEventListener('click', keep);
  window.addEventListener('resize', () => { drawInitView(); drawTraining(); });
  resetTraining(null);
  const compare = new URLSearchParams(location.search).get('compare');
  if (compare && options.initializers.some((e) => e.name === compare)) {
    // a preset such as ?init=he-normal&compare=xavier-normal: pin the compared initializer (with its defaults) first
    const chosen = $('init').value;
    const given = Object.fromEntries(new URLSearchParams(location.search));
    $('init').value = compare;
    buildInitParams({});
    await probe();
    pin();
    $('init').value = chosen;
    buildInitParams(given);
  }
  await probe();
}

main().catch((e) => setStatus(e.message, true));
