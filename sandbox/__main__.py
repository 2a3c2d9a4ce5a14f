"""python -m sandbox: run the fake Bot API server until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal

from sandbox.server import SandboxServer

ANSWER_DELAY_ENV = "PROPDESK_SANDBOX_ANSWER_DELAY_MS"


async def _serve(args: argparse.Namespace) -> None:
    server = SandboxServer(args.bot_username, args.bot_name, args.update_id_start,
                           token=args.token, privacy_mode=args.privacy_mode,
                           answer_delay_ms=args.answer_delay_ms)
    url = await server.start(args.host, args.port)
    print(f"sandbox listening on {url}", flush=True)  # noqa: T201
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and serve."""
    parser = argparse.ArgumentParser(prog="python -m sandbox",
                                     description="Local fake Telegram Bot API server")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--bot-username", default="propdesk_bot")
    parser.add_argument("--bot-name", default="PropDesk")
    parser.add_argument("--update-id-start", type=int, default=1000)
    parser.add_argument("--token", default=None, help="pre-register the bot token")
    parser.add_argument("--privacy-mode", action="store_true",
                        help="non-admin bot sees only commands/mentions/replies in groups")
    parser.add_argument("--answer-delay-ms", type=int,
                        default=int(os.environ.get(ANSWER_DELAY_ENV) or 0),
                        help="answer sends and edits this late, after the message is shown "
                             f"(default ${ANSWER_DELAY_ENV} or 0)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
