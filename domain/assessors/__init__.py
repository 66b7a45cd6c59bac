"""Assessors: given a student's own words from one entry, propose a level per skill."""
