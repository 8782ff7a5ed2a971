"""``marsad serve --db marsad.db [--host 127.0.0.1] [--port 8000]``: the web API and pages.

It binds to 127.0.0.1 (this machine only) unless ``--host`` says otherwise, and opens the database
read-only. Importing this module needs fastapi and uvicorn (``pip install 'marsad[serve]'``);
:mod:`marsad.cli` shows that in one line when they are missing.
"""

from __future__ import annotations

import argparse
import os
import socket
from typing import Any

import fastapi  # noqa: F401  (fail at import when the optional packages are missing)
import uvicorn


def register(sub: Any) -> None:
    """Add ``serve`` to the ``marsad`` command line."""
    p = sub.add_parser("serve", help="the web API and pages over a database (http://127.0.0.1:8000)")
    p.add_argument(
        "--db",
        default=os.environ.get("MARSAD_DB", "marsad.db"),
        help="the database file made by 'marsad ingest' (default: $MARSAD_DB or marsad.db)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    from marsad.cli import CommandError
    from marsad.serve.app import create_app
    from marsad.store.backend import StoreError

    if not 0 < args.port < 65536:
        raise CommandError(f"--port must be between 1 and 65535, not {args.port}")
    try:
        app = create_app(args.db)
    except StoreError as e:
        raise CommandError(str(e)) from None
    try:  # a port in use or a wrong address: one line, before anything is printed
        family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
        with socket.socket(family) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((args.host, args.port))
    except OSError as e:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {e.strerror or e}") from None
    print(f"marsad: serving {args.db} on http://{args.host}:{args.port}/ (API docs at /docs)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
