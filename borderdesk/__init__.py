"""borderdesk: firearms detection and evidence for customs officers at land borders.

This module holds only the version and the application ids; build.spec and the
window read them, so nothing here may import anything heavy.
"""

__version__ = "0.1.0"
APP_NAME = "borderdesk"
APP_DISPLAY_NAME = "borderdesk"
ORGANIZATION_NAME = "borderdesk"
ORGANIZATION_DOMAIN = "borderdesk.org"
