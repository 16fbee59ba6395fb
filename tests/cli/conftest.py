import pytest

# The comparisons live in the harness: let pytest show their diffs.
pytest.register_assert_rewrite('tests.cli.harness')
