"""Holder colours stay apart for viewers with colour-vision deficiencies, checked, not guessed:
every pair of holder colours is compared in CIELAB after simulating protanopia, deuteranopia and
tritanopia (Machado, Oliveira & Fernandes 2009, severity 1)."""

from __future__ import annotations

import itertools

import numpy as np

from geodata.dataset import load_dataset

SIMULATIONS = {
    "normal": np.eye(3),
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
    ),
}
MIN_DELTA_E = 12.0  # CIE76; about the distance at which two small map symbols are told apart


def to_lab(colour: str, simulation: np.ndarray) -> np.ndarray:
    srgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=float) / 255
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    linear = np.clip(simulation @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_every_pair_of_holder_colours_stays_apart_in_every_vision():
    actors = load_dataset().actors
    holders = actors[actors["role"] == "holder"]
    colours = dict(zip(holders["id"], holders["colour"], strict=True))
    closest = []
    for name, simulation in SIMULATIONS.items():
        for a, b in itertools.combinations(colours, 2):
            distance = float(np.linalg.norm(to_lab(colours[a], simulation) - to_lab(colours[b], simulation)))
            closest.append((distance, name, a, b))
    worst = min(closest)
    assert worst[0] >= MIN_DELTA_E, worst


def test_the_simulation_catches_a_classic_confusion():
    """Red and green, far apart for most viewers, collapse for a deuteranope: the check can fail
    (the previous palette's green FSA and orange SDF did, for protanopes)."""
    red, green = "#d62728", "#2ca02c"
    normal = np.linalg.norm(to_lab(red, SIMULATIONS["normal"]) - to_lab(green, SIMULATIONS["normal"]))
    deutan = np.linalg.norm(to_lab(red, SIMULATIONS["deuteranopia"]) - to_lab(green, SIMULATIONS["deuteranopia"]))
    old_fsa, old_sdf = "#2ca02c", "#ff7f0e"
    protan = np.linalg.norm(to_lab(old_fsa, SIMULATIONS["protanopia"]) - to_lab(old_sdf, SIMULATIONS["protanopia"]))
    assert normal > 60 and deutan < MIN_DELTA_E and protan < MIN_DELTA_E
