"""Pipeline tests run on a 2-core CPU shared with others: one intra-op thread is much faster
there than two (OpenMP threads spin while waiting for a descheduled sibling)."""

import pytest
import torch


@pytest.fixture(autouse=True, scope="session")
def _one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
