"""The data published with the site: the open-data files (exports.py: the whole checked fact
base as JSON with its JSON Schema, the timeline as CSV) and the data inside every page
(linked_data.py: schema.org JSON-LD and Open Graph values).
"""
