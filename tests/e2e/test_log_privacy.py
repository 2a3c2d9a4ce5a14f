"""The check every e2e run ends with: the bot's DEBUG log holds no token and nothing a
person gave the bot. Here it is shown to catch each kind of leak."""

from __future__ import annotations

import pytest

from sandbox.driver import Driver
from sandbox.server import SandboxServer
from tests.e2e.conftest import TOKEN
from tests.privacy import assert_log_private, private_strings


async def test_the_log_check_catches_names_phones_texts_and_the_token() -> None:
    server = SandboxServer()
    base = await server.start()
    try:
        async with Driver(base) as d:
            user = await d.user("Chan Tai Man", language_code="en")
            await d.send(user, "My phone is 91234567, the leak is in the bathroom")
            await d.send_contact(user, "+85291234567")
        private = private_strings(server)
        assert {"Chan Tai Man", "My phone is 91234567, the leak is in the bathroom",
                "+85291234567"} <= private
        assert_log_private("INFO processed update 1000 (message) in 3 ms", server, TOKEN)
        for leak in ("Chan Tai Man", "My phone is 91234567, the leak is in the bathroom",
                     "+85291234567", TOKEN):
            with pytest.raises(AssertionError):
                assert_log_private(f"DEBUG something {leak} here", server, TOKEN)
    finally:
        await server.stop()
