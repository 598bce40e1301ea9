"""Pipeline room: one job from request to result.

``request.py`` (what the user asks, torch-free) and ``limits.py`` are resolved by ``plan.py``
into a ``RefinePlan``; ``refine.py``'s ``Refiner`` runs it with a prior owned by the caller
(``priors.py``), emitting ``events.py``; ``report.py`` is what it measured. ``presets.py`` holds
the schedules, ``views.py``/``surface.py``/``optim.py``/``finish.py``/``previews.py`` one part
of the loop each, with its config next to it.
"""
