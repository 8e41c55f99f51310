"""The interview engine: role profiles, gap analysis, the plan, the persona, sessions and the report."""
