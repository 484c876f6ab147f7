"""`flask speedwatch ...`: the commands a force runs from cron or once when it migrates."""

from flask.cli import AppGroup

speedwatch_cli = AppGroup("speedwatch", help="Community Speed Watch: retention of sightings and bulk import.")
