"""Questionnaire: the crisis-preparedness questions, each saved the moment it changes."""

from __future__ import annotations

import streamlit as st

from audit import app_support, services
from audit.i18n import t
from audit.models import ANSWERS, Answer
from pages import _ui as ui

store = ui.store()
current = ui.require_engagement()
lang = ui.lang()
questions = app_support.questions(lang)
saved = services.list_answers(store, current.id)


def _key(question_id: str, field: str) -> str:
    return f"q.{current.id}.{question_id}.{field}"


def _save(question_id: str) -> None:
    """Write the whole answer for one question from its four widgets (on_change)."""
    state = st.session_state
    answer = Answer(question_id, state.get(_key(question_id, "answer")) or "",
                    state.get(_key(question_id, "note"), ""),
                    state.get(_key(question_id, "evidence"), ""),
                    bool(state.get(_key(question_id, "verified"), False)))
    services.save_answers(store, current.id, [answer])


st.title(ui.tr("app.questionnaire.title"))
st.write(ui.tr("app.questionnaire.intro"))
answered = sum(1 for q in questions if q.id in saved and saved[q.id].answer in ANSWERS)
st.progress(answered / len(questions) if questions else 0.0,
            text=ui.tr("app.questionnaire.progress", answered=answered, total=len(questions)))

drill = services.simulation_drill(store, current.id)  # a closed drill proves the simulation
for number, question in enumerate(questions, start=1):
    prior = saved.get(question.id)
    with st.container(border=True):
        st.markdown(f"**{number}. {question.text}**")
        st.caption(question.help)
        if question.id == "crisis.simulation" and drill:
            st.success(ui.tr("incident.app.drill_evidence", title=ui.md(drill[0]),
                             date=drill[1].isoformat()), icon=":material/verified:")
        st.radio(ui.tr("app.questionnaire.answer"), ANSWERS, horizontal=True,
                 key=_key(question.id, "answer"),
                 index=ANSWERS.index(prior.answer) if prior and prior.answer in ANSWERS
                 else None,
                 format_func=lambda v: t(f"answer.{v}", lang),
                 on_change=_save, args=(question.id,), label_visibility="collapsed")
        note, evidence, verified = st.columns([3, 3, 1], vertical_alignment="bottom")
        note.text_input(ui.tr("app.questionnaire.note"), value=prior.note if prior else "",
                        key=_key(question.id, "note"), on_change=_save, args=(question.id,))
        evidence.text_input(ui.tr("app.questionnaire.evidence"),
                            value=prior.evidence if prior else "",
                            key=_key(question.id, "evidence"), on_change=_save,
                            args=(question.id,), help=ui.tr("app.questionnaire.evidence_help"))
        verified.checkbox(ui.tr("app.questionnaire.verified"),
                          value=prior.verified if prior else False,
                          key=_key(question.id, "verified"), on_change=_save,
                          args=(question.id,), help=ui.tr("app.questionnaire.verified_help"))
