/** Metadata proposals for complaints, filings and court opinions. */
import { describe, expect, it } from 'vitest';
import { page, propose } from '../../../../test/support/metadataKit';

describe('proposeMetadata: complaints and filings', () => {
  const complaint = page(
    'IN THE UNITED STATES DISTRICT COURT',
    'FOR THE NORTHERN DISTRICT OF CALIFORNIA',
    'NORTHWIND MODELS, INC.,',
    'Plaintiff,',
    'v.',
    'UNITED STATES DEPARTMENT OF COMMERCE; and',
    'HOWARD LUTNICK, in his official capacity as Secretary of Commerce,',
    'Defendants.',
    'Civil Action No. 3:26-cv-01234',
    'COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF',
    'Plaintiff Northwind Models, Inc. brings this action under 15 CFR Part 734 and the interim final rule.',
  );

  it('recognises a complaint, its parties, court and docket number', () => {
    const m = propose([complaint]);
    expect(m).toMatchObject({
      kind: 'complaint',
      title: 'Northwind Models, Inc. v. United States Department of Commerce — Complaint for Declaratory and Injunctive Relief',
      issuer: 'Northwind Models, Inc.',
      citation: 'Civil Action No. 3:26-cv-01234',
      jurisdiction: 'United States',
    });
  });

  it('ignores pleading-paper line numbers and caption column rules', () => {
    const numbered = page(
      ...Array.from({ length: 28 }, (_, i) => String(i + 1)),
      'UNITED STATES DISTRICT COURT',
      'CENTRAL DISTRICT OF CALIFORNIA',
      'JANE ROE, )',
      ') Case No. 2:26-cv-00042',
      'Plaintiff, )',
      'v. )',
      'ACME CORP., )',
      'Defendant. )',
      'FIRST AMENDED COMPLAINT',
    );
    const m = propose([numbered]);
    expect(m.kind).toBe('complaint');
    expect(m.title).toBe('Jane Roe v. Acme Corp. — First Amended Complaint');
    expect(m.citation).toBe('Case No. 2:26-cv-00042');
  });

  it('calls a motion a filing, and an order on a motion a court order', () => {
    const caption = ['UNITED STATES DISTRICT COURT', 'DISTRICT OF COLUMBIA', 'JOHN DOE,', 'Plaintiff,', 'v.', 'ACME CORP.,', 'Defendant.'];
    expect(propose([page(...caption, 'DEFENDANT’S MOTION TO DISMISS', 'Defendant moves.')]).kind).toBe('filing');
    const order = propose([page(...caption, 'ORDER GRANTING MOTION TO DISMISS', 'Dated: May 2, 2026')]);
    expect(order.kind).toBe('court-order');
    expect(order.date).toBe('2026-05-02');
  });
});

describe('proposeMetadata: court opinions', () => {
  it('reads an appellate opinion with hyphenated roles and a "Filed" date', () => {
    const m = propose([
      page(
        'FOR PUBLICATION',
        'UNITED STATES COURT OF APPEALS',
        'FOR THE NINTH CIRCUIT',
        'JANE ROE,',
        'Plaintiff-Appellant,',
        'v.',
        'ACME CORP.,',
        'Defendant-Appellee.',
        'No. 23-15432',
        'D.C. No. 3:21-cv-01234-XYZ',
        'OPINION',
        'Appeal from the United States District Court for the Northern District of California',
        'Argued and Submitted March 1, 2024',
        'Filed June 5, 2024',
      ),
    ]);
    expect(m).toMatchObject({
      kind: 'court-order',
      issuer: 'United States Court of Appeals for the Ninth Circuit',
      title: 'Jane Roe v. Acme Corp.',
      citation: 'No. 23-15432',
      date: '2024-06-05',
      jurisdiction: 'United States',
    });
  });

  it('shortens officials sued in their office to their surname and keeps "et al."', () => {
    const m = propose([
      page(
        'Cite as: 603 U. S. ____ (2024)',
        'SUPREME COURT OF THE UNITED STATES',
        'No. 22-451',
        'LOPER BRIGHT ENTERPRISES, ET AL., PETITIONERS',
        '22–451 v.',
        'GINA RAIMONDO, SECRETARY OF COMMERCE, ET AL.',
        'ON WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR',
        'THE DISTRICT OF COLUMBIA CIRCUIT',
        '[June 28, 2024]',
        'CHIEF JUSTICE ROBERTS delivered the opinion of the Court.',
      ),
    ]);
    expect(m).toMatchObject({
      kind: 'court-order',
      issuer: 'Supreme Court of the United States',
      title: 'Loper Bright Enterprises et al. v. Raimondo et al.',
      citation: 'No. 22-451',
      date: '2024-06-28',
    });
  });

  it('ignores case names cited in prose and lower courts named in "appeal from"', () => {
    const m = propose([
      page(
        'See United States v. Detroit Timber & Lumber Co., 200 U. S. 321, 337.',
        'APPEAL FROM THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF MAINE',
        'UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT',
        'No. 20-1507',
        'SMITH v. JONES',
      ),
    ]);
    expect(m.issuer).toBe('United States Court of Appeals for the First Circuit');
    expect(m.title).toBe('Smith v. Jones');
  });

  it('reads a state court', () => {
    const m = propose([
      page('SUPREME COURT OF THE STATE OF NEW YORK', 'JOHN DOE,', 'Petitioner,', '-against-', 'CITY OF ALBANY,', 'Respondent.', 'DECISION AND ORDER'),
    ]);
    expect(m).toMatchObject({ kind: 'court-order', issuer: 'Supreme Court of New York', jurisdiction: 'New York' });
    expect(m.title).toBe('John Doe v. City of Albany — Decision and Order');
  });
});
