"""Store: articles, copies, stories and story versions in one SQLite file (WAL, migrations, FTS5).

requires: cleaned Documents with their story assignment, story.json texts
assigns:  persistent articles, copies, stories, story versions; search over articles and claims
"""

from crosswire.store.schema import LATEST as SCHEMA_VERSION
from crosswire.store.sqlite import Store

__all__ = ["SCHEMA_VERSION", "Store"]
