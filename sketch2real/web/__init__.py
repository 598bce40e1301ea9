"""The browser client: the built page (``static/``, package data) and the web front that serves
it beside the gRPC server, with a gRPC-Web bridge to the same service (``bridge.py``).

The page's TypeScript sources, its build and the code generated from the .proto are in ``web/``
at the top of the repository; ``scripts/build_web.sh`` rebuilds ``static/`` (docs/web.md).
"""

from sketch2real.web.bridge import WebFrontend, WebLimits

__all__ = ["WebFrontend", "WebLimits"]
