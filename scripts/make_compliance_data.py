#!/usr/bin/env python
"""Write the labelled compliance sets under resources/compliance/sets/ (deterministic, seeded).

The generator is mm_assistant.compliance.trainset (nbs/66_compliance_trainset.ipynb); the templates and slot values are
data in resources/compliance/templates/*.yaml. Same as `mm-assistant compliance-data`.

Usage: python scripts/make_compliance_data.py [--out resources/compliance/sets] [--seed 0] [--templates DIR]
"""
import sys
from mm_assistant.compliance.trainset import cli_compliance_data

if __name__ == "__main__": sys.exit(cli_compliance_data())
