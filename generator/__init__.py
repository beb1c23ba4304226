"""The explainer generator: a checked YAML fact base made into a MkDocs site.

pipeline.py runs the stages in order (load/, model/, checks.py, crosslink/, render/ with
pictures/ and data/, write.py, site/); cli.py is the command line; tools/ holds the side
tools. CONTRIBUTING.md ("The code") walks through the tree.
"""
