"""The resident's way of registering a stay (issue 3): the portal's "Register my stay", in six steps.

Exit and Entry Administration Law, art. 39: a foreigner who does not stay in a hotel registers with the police
within 24 hours of arrival. The resident answers on their phone, in their language; the answers wait in the
server-side session until the last step sends them to `registration.intake.stay_register`.
"""
