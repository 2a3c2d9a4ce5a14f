"""A complaint routed to a department without a group: its people get the card privately and
reply from there; a department with nobody leaves the card with the desk, which is told so;
re-routing marks the old card as moved."""

from __future__ import annotations

from domain.model import Locale
from tests.bot.conftest import Stack, says
from tests.bot.office import staffed_office
from tests.bot.test_complaint_flow import card_of, file_complaint

EN = Locale.EN


async def test_department_people_get_the_card_when_it_has_no_group(stack: Stack) -> None:
    cast = await staffed_office(stack)  # no security group linked
    d = stack.d
    guard = await d.user("Guard Lee", language_code="en")
    await d.send(guard, f"/start {cast.codes.staff['security']}")
    await d.wait_for(guard, contains="You are now")
    number = await file_complaint(stack, cast, category="security", callback=True,
                                  text="A stranger tried the lobby door at 2 am")

    async def route(key: str) -> None:
        card = await card_of(stack, cast.desk_group, number)
        await d.press(cast.desk, card, text=says("complaint-btn-depts"))
        picker = await d.wait_for(cast.desk_group, predicate=lambda m: m.message_id ==
                                  card.message_id and says(key) in str(m.buttons))
        await d.press(cast.desk, picker, text=says(key))

    # Greening has no group and nobody: the desk is told where to set it.
    await route("dept-greening")
    nowhere = await d.wait_for(cast.desk_group, contains="complaints.departments.greening")
    assert says("dept-greening") in nowhere.content
    # Security has no group: the guard gets the card privately, in English.
    await route("dept-security")
    card = await d.wait_for(guard, contains=f"Complaint {number}")
    assert "For the Security department" in card.content
    assert "91234567" not in card.content  # the call back is the desk's: the phone masked
    await stack.settle()
    await d.press(guard, card, text=says("complaint-btn-dreply", EN))
    await d.wait_for(guard, contains=f"{number}: write the reply to the resident")
    await d.send(guard, "We checked the CCTV: a courier at the wrong door.")
    await d.wait_for(cast.resident, contains="a courier at the wrong door")
    await d.wait_for(guard, contains=f"{number}: your reply was sent to the resident")
    # Moved on to management: the guard's card says so and loses its buttons; the managers
    # group (management's default) gets the card.
    await route("dept-management")
    moved = await d.wait_for(guard, predicate=lambda m: m.message_id == card.message_id
                             and "Moved to the Management department" in m.content)
    assert not moved.buttons
    await d.wait_for(cast.managers_group, contains=says("complaint-dept-card-head",
                                                        department=says("dept-management")))
