"""The generated Markdown of each story matches its golden files, page by page."""

from __future__ import annotations

import pytest

from tests.golden import GOLDEN_SETS, generated_markdown, golden_markdown


@pytest.mark.parametrize("story", sorted(GOLDEN_SETS))
def test_generated_pages_match_golden_files(story: str) -> None:
    generated = generated_markdown(story)
    golden = golden_markdown(story)
    assert sorted(generated) == sorted(golden), "pages added or removed: run `make golden`"
    for page, text in generated.items():
        assert text == golden[page], (
            f"{story}/{page} differs from its golden file: run `make golden` and review the diff"
        )


def test_generation_is_deterministic() -> None:
    assert generated_markdown("bridge") == generated_markdown("bridge")
