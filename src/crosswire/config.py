"""Settings of one run. Plain data: stages read what they need, nothing is global."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    n_process: int = min(2, os.cpu_count() or 1)
    batch_size: int = 16
    max_bytes: int = 20_000_000
    min_words: int = 30
    require_english: bool = True
    embeddings: bool = True
    progress: bool = False
    verbose: bool = False
