"""The desktop app (Qt Widgets). Thin: pages show a :class:`cs_quiz.attempts.session.Session`'s state and forward the
person's intents to it; scoring, advice and storage stay in the core. Start it with :func:`cs_quiz.ui.app.run`.
"""
