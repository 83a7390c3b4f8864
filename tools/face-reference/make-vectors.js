#!/usr/bin/env node
// Writes the test vectors that check AffectRec's Java TF.js executor and face pipeline against
// TF.js itself (pure-JS CPU backend, no native download).
//
//   cd tools/face-reference && npm install && node make-vectors.js [MODELS_DIR] [SAMPLES_DIR] [OUT_DIR]
//
// MODELS_DIR defaults to ~/.cache/affectrec/models/vladmandic-human-3.3.6 (filled by the Maven
// build through scripts/fetch-face-models.sh), SAMPLES_DIR to ../../../shared/data/face-expression-samples
// and OUT_DIR to affectrec-vision/src/test/resources/dev/affectrec/vision/reference.
// Inputs are either synthetic patterns built from integer arithmetic (reproduced bit for bit in
// Java by SyntheticInput) or the sample photos, decoded here with jpeg-js (the Java side decodes
// with ImageIO, so photo vectors are compared with a looser tolerance).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const tf = require('@tensorflow/tfjs');
const jpeg = require('jpeg-js');

const root = path.resolve(__dirname, '..', '..');
const modelsDir = process.argv[2] || path.join(os.homedir(), '.cache/affectrec/models/vladmandic-human-3.3.6');
const samplesDir = process.argv[3] || path.resolve(root, '..', 'shared/data/face-expression-samples');
const outDir = process.argv[4] || path.join(root, 'affectrec-vision/src/test/resources/dev/affectrec/vision/reference');
const CROP_SCALE = Number(process.env.CROP_SCALE || 1.0); // FaceEmotionOptions.DEFAULT_CROP_SCALE
const EMOTIONS = ['anger', 'disgust', 'fear', 'joy', 'sadness', 'surprise', 'neutral'];

async function loadModel(file) {
  const json = JSON.parse(fs.readFileSync(path.join(modelsDir, file), 'utf8'));
  const specs = [];
  const buffers = [];
  for (const group of json.weightsManifest) {
    specs.push(...group.weights);
    for (const p of group.paths) buffers.push(fs.readFileSync(path.join(modelsDir, p)));
  }
  const all = Buffer.concat(buffers);
  const weightData = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
  return tf.loadGraphModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: specs, weightData, format: json.format }));
}

// Same formula as SyntheticInput.java: integer pattern mapped to [-1, 1].
function synthetic(n, h, w, c, seed) {
  const data = new Float32Array(n * h * w * c);
  let i = 0;
  for (let b = 0; b < n; b++) for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let k = 0; k < c; k++) {
    const v = (x * 3 + y * 5 + k * 17 + ((x * y + seed * 13 + b * 29) % 31) * 7) % 256;
    data[i++] = v / 127.5 - 1;
  }
  return tf.tensor4d(data, [n, h, w, c]);
}

function stats(values) {
  let sum = 0, sumAbs = 0, min = Infinity, max = -Infinity;
  for (const v of values) { sum += v; sumAbs += Math.abs(v); min = Math.min(min, v); max = Math.max(max, v); }
  return { size: values.length, sum, sumAbs, min, max };
}

const round = (v) => Number(v.toPrecision(9));

// The four BlazeFace outputs as one [896, 17] array: 512 anchors (stride 16) then 384 (stride 32).
function anchorRows(outputs) {
  const [cls512, cls384, reg512, reg384] = ['Identity:0', 'Identity_1:0', 'Identity_2:0', 'Identity_3:0'].map((k) => outputs[k]);
  const rows = [];
  for (let a = 0; a < 512; a++) rows.push([cls512[a], ...reg512.slice(a * 16, a * 16 + 16)]);
  for (let a = 0; a < 384; a++) rows.push([cls384[a], ...reg384.slice(a * 16, a * 16 + 16)]);
  return rows;
}

async function runDetector(model, input) {
  const names = ['Identity:0', 'Identity_1:0', 'Identity_2:0', 'Identity_3:0'];
  const res = model.execute(input, names);
  const out = {};
  names.forEach((n, i) => { out[n] = res[i].dataSync(); });
  tf.dispose(res);
  return out;
}

function topAnchors(rows, k) {
  return rows.map((r, i) => ({ anchor: i, raw: r.map(round) }))
    .sort((a, b) => b.raw[0] - a.raw[0]).slice(0, k);
}

function decodeJpeg(file) {
  const img = jpeg.decode(fs.readFileSync(file), { useTArray: true, formatAsRGBA: false });
  return tf.tensor3d(img.data, [img.height, img.width, 3], 'float32');
}

function anchorsFor(inputSize) {
  const anchors = [];
  for (const [stride, count] of [[inputSize / 16, 2], [inputSize / 8, 6]]) {
    const grid = Math.floor((inputSize + stride - 1) / stride);
    for (let y = 0; y < grid; y++) for (let x = 0; x < grid; x++) for (let n = 0; n < count; n++) anchors.push([stride * (x + 0.5), stride * (y + 0.5)]);
  }
  return anchors;
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  await tf.setBackend('cpu');
  const detector = await loadModel('blazeface.json');
  const emotion = await loadModel('emotion.json');

  // 1. Executor vectors on synthetic inputs.
  const detIn = synthetic(1, 256, 256, 3, 1);
  const detOut = await runDetector(detector, detIn);
  const emoIn = synthetic(2, 64, 64, 1, 2);
  const emoOut = emotion.execute(emoIn, 'Identity:0').dataSync();
  const executor = {
    generator: 'tools/face-reference/make-vectors.js',
    tfjs: tf.version.tfjs,
    backend: tf.getBackend(),
    detector: {
      input: { pattern: 'synthetic', shape: [1, 256, 256, 3], seed: 1 },
      outputs: Object.fromEntries(Object.entries(detOut).map(([k, v]) => [k, Object.fromEntries(Object.entries(stats(v)).map(([s, x]) => [s, round(x)]))])),
      topAnchors: topAnchors(anchorRows(detOut), 12),
    },
    emotion: {
      input: { pattern: 'synthetic', shape: [2, 64, 64, 1], seed: 2 },
      probabilities: Array.from(emoOut).map(round),
    },
  };
  // 2. Preprocessing on a synthetic 300x200 RGB image (SyntheticImage.java): letterbox + resize for
  // the detector, and a fixed crop (x 60, y 40, 120x120) to grey 64x64 for the expression net.
  const [sw, sh] = [300, 200];
  const pixels = new Float32Array(sw * sh * 3);
  for (let y = 0, i = 0; y < sh; y++) for (let x = 0; x < sw; x++) for (let c = 0; c < 3; c++) pixels[i++] = (x * 7 + y * 3 + c * 50 + ((x * y) % 17) * 5) % 256;
  const image = tf.tensor3d(pixels, [sh, sw, 3]);
  const square = tf.pad(image, [[Math.floor((sw - sh) / 2), sw - sh - Math.floor((sw - sh) / 2)], [0, 0], [0, 0]]);
  const letterboxed = tf.sub(tf.div(tf.image.resizeBilinear(square.expandDims(0), [256, 256]), 127.5), 1);
  const crop = tf.image.cropAndResize(image.expandDims(0), [[40 / (sh - 1), 60 / (sw - 1), 160 / (sh - 1), 180 / (sw - 1)]], [0], [64, 64], 'bilinear', 0);
  const grey = tf.sub(tf.div(tf.sum(tf.mul(crop, tf.tensor1d([0.2989, 0.587, 0.114])), 3, true), 127.5), 1);
  executor.preprocessing = {
    image: { pattern: 'synthetic-rgb', width: sw, height: sh },
    detectorTopAnchors: topAnchors(anchorRows(await runDetector(detector, letterboxed)), 5),
    crop: { x: 60, y: 40, width: 120, height: 120 },
    expressionProbabilities: Array.from(emotion.execute(grey, 'Identity:0').dataSync()).map(round),
  };
  fs.writeFileSync(path.join(outDir, 'executor-vectors.json'), JSON.stringify(executor, null, 1) + '\n');

  // 3. Pipeline vectors on the sample photos (Human's preprocessing: x/127.5 - 1).
  const anchors = anchorsFor(256);
  const photos = [];
  for (const file of fs.readdirSync(samplesDir).filter((f) => f.endsWith('.jpg')).sort()) {
    const rgb = decodeJpeg(path.join(samplesDir, file));
    const [h, w] = rgb.shape;
    // Letterbox: pad to a centred square with black (as Human's detector.square option), so the
    // detector sees undistorted faces; DetectorInput.java does the same.
    const side0 = Math.max(w, h);
    const padX = Math.floor((side0 - w) / 2), padY = Math.floor((side0 - h) / 2);
    const square = tf.pad(rgb, [[padY, side0 - h - padY], [padX, side0 - w - padX], [0, 0]]);
    const resized = tf.image.resizeBilinear(square.expandDims(0), [256, 256]);
    const norms = {};
    let best = null;
    for (const [label, shift] of [['x/127.5-1', 1], ['x/127.5-0.5', 0.5]]) {
      const out = await runDetector(detector, tf.sub(tf.div(resized, 127.5), shift));
      const rows = anchorRows(out);
      let top = 0;
      rows.forEach((r, i) => { if (r[0] > rows[top][0]) top = i; });
      norms[label] = round(1 / (1 + Math.exp(-rows[top][0])));
      if (shift === 1) best = { anchor: top, raw: rows[top] };
    }
    const r = best.raw;
    const [ax, ay] = anchors[best.anchor];
    const k = side0 / 256;
    const cx = (r[1] + ax) * k - padX, cy = (r[2] + ay) * k - padY;
    const bw = r[3] * k, bh = r[4] * k;
    // Square crop around the box centre, side = CROP_SCALE * max(w, h), as FaceCrop.java.
    const side = CROP_SCALE * Math.max(bw, bh);
    const y1 = (cy - side / 2) / (h - 1), x1 = (cx - side / 2) / (w - 1);
    const y2 = (cy + side / 2) / (h - 1), x2 = (cx + side / 2) / (w - 1);
    const crop = tf.image.cropAndResize(rgb.expandDims(0), [[y1, x1, y2, x2]], [0], [64, 64], 'bilinear', 0);
    const grey = tf.sum(tf.mul(crop, tf.tensor1d([0.2989, 0.587, 0.114])), 3, true);
    const probs = emotion.execute(tf.sub(tf.div(grey, 127.5), 1), 'Identity:0').dataSync();
    const emotions = Object.fromEntries(EMOTIONS.map((e, i) => [e, round(probs[i])]));
    const top = EMOTIONS[probs.indexOf(Math.max(...probs))];
    photos.push({
      image: file, width: w, height: h, anchor: best.anchor,
      score: round(1 / (1 + Math.exp(-r[0]))),
      box: [cx - bw / 2, cy - bh / 2, bw, bh].map(round),
      maxScoreByNormalisation: norms,
      emotions, top,
    });
    console.log(file, top, JSON.stringify(norms));
  }
  const pipeline = { generator: 'tools/face-reference/make-vectors.js', tfjs: tf.version.tfjs, decoder: 'jpeg-js', cropScale: CROP_SCALE, photos };
  fs.writeFileSync(path.join(outDir, 'photo-vectors.json'), JSON.stringify(pipeline, null, 1) + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
