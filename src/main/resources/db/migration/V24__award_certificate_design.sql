-- award: the designed certificate places the addressee and the wording from the left and the issuing body with its
-- date bottom right, so places saved for the former centred layout no longer mean the same; they go back to the
-- new defaults (the honour title, number prefix and background stay)
update award_certificate_template set layout = '{}'::jsonb;
