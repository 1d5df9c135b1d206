"""The learned part of quote extraction (issue 14) and the checks that keep furniture and places out.

- ``candidates``/``features``/``runtime``: a logistic scorer over the rules' quotes, their boundary
  variants and extra recall candidates; it keeps, drops or reshapes them and gives each a calibrated
  ``confidence``. Without ``weights.json`` the rules' quotes pass through with fixed priors.
- ``train`` (``python -m generator.learn``) fits it on PolNeAR train and calibrates it on dev;
  ``report`` (``--report``) prints the dev ablation, calibration and time ratio.
- ``furniture``, ``places``, ``confidence``: credit lines and captions blanked before parsing, places
  the NER took for people, and hiding uncertain quotes on the site.
"""
