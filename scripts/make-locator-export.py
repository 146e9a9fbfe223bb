#!/usr/bin/env python3
"""Writes a made-up export in the shape of SAMHSA's FindTreatment.gov locator (exportsAsJson/v2), for
benchmarks of the import: N records in pages of P, at real ZIP codes (the directory's own GeoNames
copy), with services worded as the locator words them. Nothing in it is a real facility.

    scripts/make-locator-export.py ROWS PER_PAGE OUT_DIR [FRID_PREFIX] [SEED]
"""
import gzip
import json
import os
import random
import sys

rows, per_page, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
prefix = sys.argv[4] if len(sys.argv) > 4 else "bench"
rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 2019)

here = os.path.dirname(os.path.abspath(__file__))
zips = []
with gzip.open(os.path.join(here, "../directory-ejb/src/main/resources/org/opentreatment/directory/geo/us-postal-codes.tsv.gz"), "rt") as f:
    for line in f:
        c = line.rstrip("\n").split("\t")
        if len(c) > 10 and c[4] and c[9] and c[10]:
            zips.append((c[1], c[2], c[4], float(c[9]), float(c[10])))

GROUPS = [
    ("TC", "Type of Care", ["Substance use treatment", "Mental health treatment", "Detoxification",
                            "Transitional housing, halfway house, or sober home"]),
    ("SET", "Service Settings (e.g., Outpatient, Residential, Inpatient etc.)",
     ["Outpatient", "Regular outpatient treatment", "Intensive outpatient treatment", "Residential",
      "Short-term residential", "Long-term residential", "Hospital inpatient", "Telemedicine/telehealth"]),
    ("OT", "Type of Opioid Treatment", ["Buprenorphine used in Treatment", "Methadone maintenance",
                                         "Naltrexone used in Treatment", "Accepts clients on opioid medication"]),
    ("PHR", "Pharmacotherapies", ["Buprenorphine with naloxone  (Suboxone\u00ae)", "Methadone",
                                  "Naltrexone (oral)", "Acamprosate (Campral\u00ae)"]),
    ("TAP", "Treatment Approaches", ["Cognitive behavioral therapy", "Motivational interviewing",
                                     "Relapse prevention", "12-step facilitation", "Trauma-related counseling"]),
    ("PAY", "Payment/Insurance/Funding Accepted", ["Medicaid", "Medicare", "Private health insurance",
                                                   "Cash or self-payment", "Military insurance (e.g., TRICARE)"]),
    ("PYAS", "Payment Assistance Available", ["Sliding fee scale (fee is based on income and other factors)",
                                               "Payment assistance (check with facility for details)"]),
    ("SG", "Special Programs/Groups Offered", ["Adult women", "Adult men", "Veterans", "Adolescents",
                                               "Persons with co-occurring mental and substance use disorders"]),
    ("AGE", "Age Groups Accepted", ["Adults", "Young adults", "Seniors (65 or older)"]),
    ("GN", "Gender Accepted", ["Female", "Male"]),
    ("SCR", "Screening & Testing", ["Drug or alcohol urine screening", "Screening for substance use"]),
    ("OL", "Other Languages", ["Spanish", "Vietnamese", "Russian"]),
]

os.makedirs(out, exist_ok=True)
pages = (rows + per_page - 1) // per_page
n = 0
for page in range(1, pages + 1):
    records = []
    for _ in range(min(per_page, rows - n)):
        n += 1
        z, city, state, lat, lon = rng.choice(zips)
        services = []
        for code, name, labels in GROUPS:
            chosen = [l for l in labels if rng.random() < 0.4] or ([labels[0]] if code == "TC" else [])
            if chosen:
                services.append({"f1": name, "f2": code, "f3": "; ".join(chosen)})
        records.append({
            "_irow": n, "frid": "%s-%06d" % (prefix, n),
            "name1": "Benchmark Recovery Center %d" % n, "name2": "",
            "street1": "%d Main Street" % rng.randint(1, 9999), "street2": "",
            "city": city, "state": state, "zip": z,
            "phone": "%03d-555-%04d" % (rng.randint(201, 989), rng.randint(0, 9999)),
            "typeFacility": rng.choice(["SA", "MH", "OTP"]), "intake1": "", "hotline1": None,
            "website": "https://example.org/%d" % n,
            "latitude": "%.6f" % (lat + rng.uniform(-0.02, 0.02)),
            "longitude": "%.6f" % (lon + rng.uniform(-0.02, 0.02)),
            "miles": 0, "services": services})
    with open(os.path.join(out, "%s-page-%03d.json" % (prefix, page)), "w") as f:
        json.dump({"page": page, "totalPages": pages, "recordCount": rows, "rows": records}, f)
print("%d rows in %d pages in %s" % (n, pages, out))
