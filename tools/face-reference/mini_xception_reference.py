#!/usr/bin/env python3
"""Independent NumPy forward pass of a Keras HDF5 mini-Xception, for KerasModelLoaderTest.

Reads the model config and weights with h5py (Debian: python3-h5py python3-numpy) and runs every
layer as Keras defines it (no batch-norm folding, TensorFlow SAME padding), on two synthetic
64x64 inputs, printing JSON with the 7 output probabilities of each:

  python3 tools/face-reference/mini_xception_reference.py \
      ../shared/models/fer-mini-xception-keras/fer2013_mini_XCEPTION.102-0.66.hdf5 \
      > affectrec-vision/src/test/resources/dev/affectrec/vision/reference/mini-xception-vectors.json
"""
import json
import math
import sys

import h5py
import numpy as np


def same_pads(size, k, s):
    out = math.ceil(size / s)
    total = max((out - 1) * s + k - size, 0)
    return total // 2, total - total // 2


def pad(x, kh, kw, sh, sw, padding, value=0.0):
    if padding == "valid":
        return x
    t, b = same_pads(x.shape[0], kh, sh)
    l, r = same_pads(x.shape[1], kw, sw)
    return np.pad(x, ((t, b), (l, r), (0, 0)), constant_values=value)


def windows(x, kh, kw, sh, sw):
    oh = (x.shape[0] - kh) // sh + 1
    ow = (x.shape[1] - kw) // sw + 1
    for i in range(oh):
        for j in range(ow):
            yield i, j, x[i * sh:i * sh + kh, j * sw:j * sw + kw, :]
    return


def conv(x, w, strides, padding):
    kh, kw, _, co = w.shape
    x = pad(x, kh, kw, strides[0], strides[1], padding)
    oh = (x.shape[0] - kh) // strides[0] + 1
    ow = (x.shape[1] - kw) // strides[1] + 1
    out = np.zeros((oh, ow, co))
    for i, j, win in windows(x, kh, kw, strides[0], strides[1]):
        out[i, j] = np.tensordot(win, w, axes=([0, 1, 2], [0, 1, 2]))
    return out


def depthwise(x, w, strides, padding):
    kh, kw, c, m = w.shape
    x = pad(x, kh, kw, strides[0], strides[1], padding)
    oh = (x.shape[0] - kh) // strides[0] + 1
    ow = (x.shape[1] - kw) // strides[1] + 1
    out = np.zeros((oh, ow, c * m))
    for i, j, win in windows(x, kh, kw, strides[0], strides[1]):
        out[i, j] = np.einsum("hwc,hwcm->cm", win, w).reshape(-1)
    return out


def maxpool(x, size, strides, padding):
    x = pad(x, size[0], size[1], strides[0], strides[1], padding, -np.inf)
    oh = (x.shape[0] - size[0]) // strides[0] + 1
    ow = (x.shape[1] - size[1]) // strides[1] + 1
    out = np.zeros((oh, ow, x.shape[2]))
    for i, j, win in windows(x, size[0], size[1], strides[0], strides[1]):
        out[i, j] = win.max(axis=(0, 1))
    return out


def activation(x, name):
    if name == "relu":
        return np.maximum(x, 0)
    if name == "softmax":
        e = np.exp(x - x.max())
        return e / e.sum()
    assert name == "linear", name
    return x


def run(f, config, x):
    values = {}
    for layer in config["config"]["layers"]:
        kind, cfg, name = layer["class_name"], layer["config"], layer["name"]
        inputs = [values[n[0]] for n in layer["inbound_nodes"][0]] if layer["inbound_nodes"] else []
        group = f["model_weights"][name]
        w = {n.decode().split("/")[-1].split(":")[0]: np.array(group[n.decode()], dtype=np.float64)
             for n in group.attrs.get("weight_names", [])}
        if kind == "InputLayer":
            y = x
        elif kind == "Conv2D":
            y = conv(inputs[0], w["kernel"], cfg["strides"], cfg["padding"])
            if cfg["use_bias"]:
                y = y + w["bias"]
            y = activation(y, cfg["activation"])
        elif kind == "SeparableConv2D":
            y = depthwise(inputs[0], w["depthwise_kernel"], cfg["strides"], cfg["padding"])
            y = conv(y, w["pointwise_kernel"], [1, 1], "valid")
            if cfg["use_bias"]:
                y = y + w["bias"]
            y = activation(y, cfg["activation"])
        elif kind == "BatchNormalization":
            y = (inputs[0] - w["moving_mean"]) / np.sqrt(w["moving_variance"] + cfg["epsilon"])
            y = y * w["gamma"] + w["beta"]
        elif kind == "Activation":
            y = activation(inputs[0], cfg["activation"])
        elif kind == "MaxPooling2D":
            y = maxpool(inputs[0], cfg["pool_size"], cfg["strides"], cfg["padding"])
        elif kind == "Add":
            y = sum(inputs)
        elif kind == "GlobalAveragePooling2D":
            y = inputs[0].mean(axis=(0, 1))
        else:
            raise ValueError(kind)
        values[name] = y
    return values[config["config"]["output_layers"][0][0]]


def inputs():
    i, j = np.meshgrid(np.arange(64), np.arange(64), indexing="ij")
    return {
        "waves": np.sin(0.3 * i) * np.cos(0.17 * j),
        "ramp": (i * 64 + j) / 4095.0 * 2 - 1,
    }


def main():
    with h5py.File(sys.argv[1], "r") as f:
        config = json.loads(f.attrs["model_config"])
        out = {"model": sys.argv[1].split("/")[-1], "vectors": []}
        for name, x in inputs().items():
            p = run(f, config, x[:, :, None])
            out["vectors"].append({"input": name, "probabilities": [round(float(v), 7) for v in p]})
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
