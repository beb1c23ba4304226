"""Side tools, apart from the pipeline: the fact diff for reviewers (diff.py), a new record to
fill in (scaffold.py), and problems as GitHub Actions annotations (github.py).
"""
