"""Fixtures for the sandbox tests: a server on a free port, a driver, a real aiogram Bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from sandbox.driver import Driver
from sandbox.server import SandboxServer
from tests.sandbox.helpers import TOKEN, RawApi


@pytest.fixture
async def sandbox() -> AsyncIterator[SandboxServer]:
    """A running SandboxServer on 127.0.0.1:<free port>."""
    srv = SandboxServer()
    await srv.start()
    yield srv
    await srv.stop()


@pytest.fixture
async def driver(sandbox: SandboxServer) -> AsyncIterator[Driver]:
    """A Driver connected to the sandbox."""
    async with Driver(sandbox.base_url) as d:
        yield d


@pytest.fixture
async def bot(sandbox: SandboxServer) -> AsyncIterator[Bot]:
    """A real aiogram Bot talking to the sandbox."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(sandbox.base_url))
    b = Bot(TOKEN, session=session)
    yield b
    await b.session.close()


@pytest.fixture
async def api(sandbox: SandboxServer) -> AsyncIterator[RawApi]:
    """Plain-JSON Bot API calls (no aiogram), for checking exact wire shapes."""
    async with aiohttp.ClientSession() as session:
        yield RawApi(session, f"{sandbox.base_url}/bot{TOKEN}")
