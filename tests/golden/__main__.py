"""`python -m tests.golden --update` (make golden): rewrite the golden files from the current output."""

import sys

from tests.golden import main

sys.exit(main())
