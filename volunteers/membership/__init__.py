"""Onboarding: invitations, expressions of interest, applications, vetting and the membership lifecycle."""
