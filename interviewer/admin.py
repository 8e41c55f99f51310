"""What the administrator of a shared server does from the terminal: accounts added, listed, given a new
password, and removed together with everything they made (sessions, recordings, reports, the pipeline)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from interviewer.interview.accounts import Accounts, checked_name
from interviewer.job_search import JobSearch
from interviewer.practice import Practice


@dataclass(frozen=True)
class Removed:
    account: str
    sessions: int
    applications: int


def delete_account(practice: Practice, name: str) -> Removed:
    """The account and all its data. Its sessions go first, one by one with their files, then its pipeline,
    then its reports folder, and the account last: a failure part way leaves an account that can be
    deleted again, never data without an account to find it by."""
    name = checked_name(name)
    accounts = Accounts(practice.store)
    if name not in accounts.names():
        accounts.remove(name)  # says there is no such account
    own = practice.as_user(name)
    sessions = own.summaries()
    for summary in sessions:
        own.delete(summary.id)
    search = JobSearch(own.store, own.reports_dir)
    applications = search.pipeline_store.applications()
    for application in applications:
        search.delete(application.id)  # its logged interviews and their kit files with it
    shutil.rmtree(own.reports_dir, ignore_errors=True)
    accounts.remove(name)
    return Removed(account=name, sessions=len(sessions), applications=len(applications))
