<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn" sourcelanguage="en">
<!-- The translations of borderdesk into Serbian (Latin script). Context "report": the printed
     documents (seizure report, labels, trace request), read without Qt by
     borderdesk/core/ts_catalogue.py; the window will add its own contexts (issue 11). -->
<context>
    <name>report</name>
    <message>
        <source>EXERCISE - NOT EVIDENCE</source>
        <translation>VEŽBA - NIJE DOKAZ</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Predmet {number}</translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Stavka {number}</translation>
    </message>
    <message>
        <source>Seal {numbers}</source>
        <translation>Plomba {numbers}</translation>
    </message>
    <message>
        <source>Sealed {when}</source>
        <translation>Plombirano {when}</translation>
    </message>
    <message>
        <source>Collected by {who}</source>
        <translation>Prikupio {who}</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>zaključen</translation>
    </message>
    <message>
        <source>open (not signed off)</source>
        <translation>otvoren (nije zaključen)</translation>
    </message>
    <message>
        <source>Seizure report</source>
        <translation>Zapisnik o privremenom oduzimanju</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strana {page} od {pages}</translation>
    </message>
    <message>
        <source>Seizure report {number}</source>
        <translation>Zapisnik o privremenom oduzimanju {number}</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Broj predmeta</translation>
    </message>
    <message>
        <source>National procedure number</source>
        <translation>Broj nacionalnog postupka</translation>
    </message>
    <message>
        <source>Date and time of the seizure</source>
        <translation>Datum i vreme oduzimanja</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Granični prelaz</translation>
    </message>
    <message>
        <source>{station} ({code})</source>
        <translation>{station} ({code})</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Predmet otvoren</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scan to check this report</source>
        <translation>Skenirajte radi provere zapisnika</translation>
    </message>
    <message>
        <source>Record of the seizure of firearms, their parts and ammunition, and of the evidence taken</source>
        <translation>Zapisnik o privremenom oduzimanju vatrenog oružja, njegovih delova i municije i o prikupljenim dokazima</translation>
    </message>
    <message>
        <source>Snapshot of the case (SHA-256): {hash}</source>
        <translation>Presek stanja predmeta (SHA-256): {hash}</translation>
    </message>
    <message>
        <source>Type of event</source>
        <translation>Vrsta događaja</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Smer</translation>
    </message>
    <message>
        <source>Legal justification</source>
        <translation>Pravni osnov</translation>
    </message>
    <message>
        <source>Criminal context</source>
        <translation>Krivičnopravni kontekst</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Conveyance</source>
        <translation>Prevozno sredstvo</translation>
    </message>
    <message>
        <source>Concealment method</source>
        <translation>Način skrivanja</translation>
    </message>
    <message>
        <source>Place at the crossing</source>
        <translation>Mesto na prelazu</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS položaj</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jedinica</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Službenici</translation>
    </message>
    <message>
        <source>Other goods seized</source>
        <translation>Ostala oduzeta roba</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>Deklaracija</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation>Način otkrivanja</translation>
    </message>
    <message>
        <source>Risk rules hit</source>
        <translation>Aktivirana pravila rizika</translation>
    </message>
    <message>
        <source>The risk rules are those of the screening the inspection followed.</source>
        <translation>Navedena su pravila rizika iz analize na osnovu koje je obavljen pregled.</translation>
    </message>
    <message>
        <source>{station} border crossing ({code})</source>
        <translation>Granični prelaz {station} ({code})</translation>
    </message>
    <message>
        <source>{station} border crossing</source>
        <translation>Granični prelaz {station}</translation>
    </message>
    <message>
        <source>Printed {when} by {who} · language: {language} · times in {zone}</source>
        <translation>Odštampano {when}, {who} · jezik: {language} · vreme po zoni {zone}</translation>
    </message>
    <message>
        <source>Audit checkpoint {checkpoint}</source>
        <translation>Kontrolna tačka revizije {checkpoint}</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Zaključio</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>1. The event</source>
        <translation>1. Događaj</translation>
    </message>
    <message>
        <source>2. Detection</source>
        <translation>2. Otkrivanje</translation>
    </message>
    <message>
        <source>Seizing officer</source>
        <translation>Službenik koji je oduzeo predmete</translation>
    </message>
    <message>
        <source>Supervisor who signed off the case</source>
        <translation>Rukovodilac koji je zaključio predmet</translation>
    </message>
    <message>
        <source>Received by (prosecutor or investigator)</source>
        <translation>Primio (tužilac ili istražitelj)</translation>
    </message>
    <message>
        <source>Snapshot of the case (SHA-256)</source>
        <translation>Presek stanja predmeta (SHA-256)</translation>
    </message>
    <message>
        <source>Audit chain at printing</source>
        <translation>Revizorski lanac u trenutku štampe</translation>
    </message>
    <message>
        <source>{length} entries</source>
        <translation>{length} zapisa</translation>
    </message>
    <message>
        <source>Head of the audit chain (SHA-256)</source>
        <translation>Poslednji zapis revizorskog lanca (SHA-256)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Odštampano</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Jezik zapisnika</translation>
    </message>
    <message>
        <source>This report was printed from the case as recorded in the station database. The snapshot hash identifies exactly what it shows; the command 'borderdesk report verify' or the QR code tells whether the case has changed since. The audit checkpoint lets headquarters confirm that no evidence record was altered or removed afterwards.</source>
        <translation>Ovaj zapisnik je odštampan iz predmeta kako je evidentiran u bazi podataka graničnog prelaza. Heš preseka stanja tačno određuje njegov sadržaj; naredba 'borderdesk report verify' ili QR kod pokazuju da li je predmet u međuvremenu izmenjen. Kontrolna tačka revizorskog lanca omogućava centrali da potvrdi da nijedan zapis o dokazima nije naknadno izmenjen niti uklonjen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Potpis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>10. Integrity of this report</source>
        <translation>10. Verodostojnost zapisnika</translation>
    </message>
    <message>
        <source>Chain of custody form</source>
        <translation>Obrazac lanca nadzora</translation>
    </message>
    <message>
        <source>Package {label} of case {number}</source>
        <translation>Pakovanje {label} u predmetu {number}</translation>
    </message>
    <message>
        <source>Every transfer is recorded here and in borderdesk: who releases, who receives, when, why and where. Check the seals at each transfer; a broken seal is written in the note.</source>
        <translation>Svaka primopredaja upisuje se ovde i u borderdesk: ko predaje, ko prima, kada, zašto i gde. Pri svakoj primopredaji proverite plombe; oštećena plomba upisuje se u napomenu.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum i vreme</translation>
    </message>
    <message>
        <source>Released by (name, signature)</source>
        <translation>Predao (ime, potpis)</translation>
    </message>
    <message>
        <source>Received by (name, signature)</source>
        <translation>Primio (ime, potpis)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Svrha</translation>
    </message>
    <message>
        <source>Place; seals intact?</source>
        <translation>Mesto; plombe neoštećene?</translation>
    </message>
    <message>
        <source>11. Signatures</source>
        <translation>11. Potpisi</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakovanje</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sadržaj</translation>
    </message>
    <message>
        <source>Seal numbers</source>
        <translation>Brojevi plombi</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Upakovano</translation>
    </message>
    <message>
        <source>{when}, {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>nije plombirano</translation>
    </message>
    <message>
        <source>Ammunition</source>
        <translation>Municija</translation>
    </message>
    <message>
        <source>Firearm</source>
        <translation>Vatreno oružje</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(bez opisa)</translation>
    </message>
    <message>
        <source>Photo {number}: {caption}</source>
        <translation>Fotografija {number}: {caption}</translation>
    </message>
    <message>
        <source>File {name}, {width} × {height} px</source>
        <translation>Datoteka {name}, {width} × {height} piksela</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Delovi</translation>
    </message>
    <message>
        <source>Nominal data: kept at the station; not sent to headquarters.</source>
        <translation>Lični podaci: čuvaju se na graničnom prelazu i ne šalju se centrali.</translation>
    </message>
    <message>
        <source>Not applicable: {why}</source>
        <translation>Nije primenljivo: {why}</translation>
    </message>
    <message>
        <source>Deviations from the order of the steps: {count}.</source>
        <translation>Odstupanja od redosleda radnji: {count}.</translation>
    </message>
    <message>
        <source>Printed from downscaled copies; the originals are kept unchanged at the station and are identified by their SHA-256.</source>
        <translation>Odštampano sa umanjenih kopija; originali se čuvaju neizmenjeni na graničnom prelazu i identifikuju se svojim SHA-256 hešom.</translation>
    </message>
    <message>
        <source>(the photo's file could not be read)</source>
        <translation>(datoteka fotografije nije mogla da se pročita)</translation>
    </message>
    <message>
        <source>Taken {when} (camera time)</source>
        <translation>Snimljeno {when} (vreme fotoaparata)</translation>
    </message>
    <message>
        <source>3. Seized items</source>
        <translation>3. Oduzeti predmeti</translation>
    </message>
    <message>
        <source>No items are recorded.</source>
        <translation>Nije evidentiran nijedan predmet.</translation>
    </message>
    <message>
        <source>Seized item</source>
        <translation>Predmet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Calibre</source>
        <translation>Kalibar</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kol.</translation>
    </message>
    <message>
        <source>EU cat.</source>
        <translation>EU kat.</translation>
    </message>
    <message>
        <source>4. Persons involved</source>
        <translation>4. Umešana lica</translation>
    </message>
    <message>
        <source>No persons are recorded.</source>
        <translation>Nije evidentirano nijedno lice.</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Državljanstvo</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Pol</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum rođenja</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Lični dokument</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>nije utvrđeno</translation>
    </message>
    <message>
        <source>5. Tracing</source>
        <translation>5. Utvrđivanje porekla</translation>
    </message>
    <message>
        <source>No registry check, iARMS query or trace request is recorded yet.</source>
        <translation>Još nije evidentirana provera u registru, upit u iARMS niti zahtev za utvrđivanje porekla.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Stavka</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Provera</translation>
    </message>
    <message>
        <source>Result or status</source>
        <translation>Rezultat ili status</translation>
    </message>
    <message>
        <source>Channel, reference, note</source>
        <translation>Kanal, broj, napomena</translation>
    </message>
    <message>
        <source>6. Evidence steps</source>
        <translation>6. Radnje obezbeđenja dokaza</translation>
    </message>
    <message>
        <source>No evidence step is recorded.</source>
        <translation>Nije evidentirana nijedna radnja.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Šta je urađeno</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>7. Packages and seals</source>
        <translation>7. Pakovanja i plombe</translation>
    </message>
    <message>
        <source>No package is recorded.</source>
        <translation>Nije evidentirano nijedno pakovanje.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Stavke</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Plombe</translation>
    </message>
    <message>
        <source>Held now by</source>
        <translation>Trenutno kod</translation>
    </message>
    <message>
        <source>8. Chain of custody</source>
        <translation>8. Lanac nadzora</translation>
    </message>
    <message>
        <source>No custody transfer is recorded.</source>
        <translation>Nije evidentirana nijedna primopredaja.</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Predao</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Primio</translation>
    </message>
    <message>
        <source>Place, note</source>
        <translation>Mesto, napomena</translation>
    </message>
    <message>
        <source>9. Photographs</source>
        <translation>9. Fotografije</translation>
    </message>
    <message>
        <source>No photograph is recorded.</source>
        <translation>Nije evidentirana nijedna fotografija.</translation>
    </message>
    <message>
        <source>Markings</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mesto</translation>
    </message>
    <message>
        <source>As read on the item</source>
        <translation>Kako je očitano sa predmeta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>National registry check</source>
        <translation>Provera u nacionalnom registru</translation>
    </message>
    <message>
        <source>INTERPOL iARMS query</source>
        <translation>Upit u INTERPOL iARMS</translation>
    </message>
    <message>
        <source>Trace request to {country}</source>
        <translation>Zahtev za utvrđivanje porekla upućen: {country}</translation>
    </message>
    <message>
        <source>Illicit origin</source>
        <translation>Nezakonito poreklo</translation>
    </message>
    <message>
        <source>{number} ({when}, {who})</source>
        <translation>{number} ({when}, {who})</translation>
    </message>
    <message>
        <source>Deviation: {rule}</source>
        <translation>Odstupanje: {rule}</translation>
    </message>
    <message>
        <source>Reason given: {why}</source>
        <translation>Navedeni razlog: {why}</translation>
    </message>
    <message>
        <source>case: {what}</source>
        <translation>predmet: {what}</translation>
    </message>
    <message>
        <source>{field} was {old}, is now {new}</source>
        <translation>{field} je bilo {old}, sada je {new}</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nije evidentirano)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(prazno)</translation>
    </message>
    <message>
        <source>{count} entries</source>
        <translation>{count} zapisa</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>stavka {number}</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>lice {name}</translation>
    </message>
    <message>
        <source>tracing of item {number}</source>
        <translation>utvrđivanje porekla stavke {number}</translation>
    </message>
    <message>
        <source>follow-up entry {id}</source>
        <translation>zapis o daljem postupanju {id}</translation>
    </message>
    <message>
        <source>evidence step {number} ({step}, item {item})</source>
        <translation>radnja {number} ({step}, stavka {item})</translation>
    </message>
    <message>
        <source>package {label}</source>
        <translation>pakovanje {label}</translation>
    </message>
    <message>
        <source>custody entry {seq} of package {package}</source>
        <translation>primopredaja {seq} pakovanja {package}</translation>
    </message>
    <message>
        <source>photo {name} ({id})</source>
        <translation>fotografija {name} ({id})</translation>
    </message>
    <message>
        <source>{what} was added</source>
        <translation>dodato: {what}</translation>
    </message>
    <message>
        <source>{what} was removed</source>
        <translation>uklonjeno: {what}</translation>
    </message>
    <message>
        <source>read it from the item, or record it as not present or obliterated</source>
        <translation>očitajte sa predmeta ili evidentirajte da ne postoji ili da je uklonjeno</translation>
    </message>
    <message>
        <source>every marking photographed</source>
        <translation>sve oznake fotografisane</translation>
    </message>
    <message>
        <source>Firearm trace request</source>
        <translation>Zahtev za utvrđivanje porekla vatrenog oružja</translation>
    </message>
    <message>
        <source>For an INTERPOL iARMS query or a bilateral trace request</source>
        <translation>Za upit u INTERPOL iARMS ili bilateralni zahtev za utvrđivanje porekla</translation>
    </message>
    <message>
        <source>Case {number}, item {item}</source>
        <translation>Predmet {number}, stavka {item}</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Proizvođač</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Country of manufacture</source>
        <translation>Zemlja proizvodnje</translation>
    </message>
    <message>
        <source>Barrel length</source>
        <translation>Dužina cevi</translation>
    </message>
    <message>
        <source>EU category</source>
        <translation>Kategorija po propisima EU</translation>
    </message>
    <message>
        <source>Ready to send: every trace requirement is recorded.</source>
        <translation>Spremno za slanje: evidentirani su svi podaci potrebni za utvrđivanje porekla.</translation>
    </message>
    <message>
        <source>NOT READY: the trace requirements below are missing; record them first.</source>
        <translation>NIJE SPREMNO: nedostaju dole navedeni podaci; prvo ih evidentirajte.</translation>
    </message>
    <message>
        <source>Requesting service</source>
        <translation>Služba podnosilac zahteva</translation>
    </message>
    <message>
        <source>The firearm</source>
        <translation>Vatreno oružje</translation>
    </message>
    <message>
        <source>Trace requirements</source>
        <translation>Podaci potrebni za utvrđivanje porekla</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Podatak</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Evidentirano</translation>
    </message>
    <message>
        <source>Printed {when} by {who}</source>
        <translation>Odštampano {when}, {who}</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Službenik</translation>
    </message>
    <message>
        <source>Serial numbers</source>
        <translation>Serijski brojevi</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serijski broj</translation>
    </message>
    <message>
        <source>Where the serial sits</source>
        <translation>Mesto serijskog broja</translation>
    </message>
    <message>
        <source>Photos of the item (SHA-256)</source>
        <translation>Fotografije predmeta (SHA-256)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence labels of case {number}</source>
        <translation>Etikete dokaza u predmetu {number}</translation>
    </message>
    <message>
        <source>Seized</source>
        <translation>Oduzeto</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Pronađeno</translation>
    </message>
    <message>
        <source>Surrendered</source>
        <translation>Predato</translation>
    </message>
    <message>
        <source>Entering the country</source>
        <translation>Ulaz u zemlju</translation>
    </message>
    <message>
        <source>Leaving the country</source>
        <translation>Izlaz iz zemlje</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>U tranzitu</translation>
    </message>
    <message>
        <source>Risk profile rules</source>
        <translation>Pravila profila rizika</translation>
    </message>
    <message>
        <source>Random selection</source>
        <translation>Slučajni odabir</translation>
    </message>
    <message>
        <source>Intelligence</source>
        <translation>Obaveštajni podaci</translation>
    </message>
    <message>
        <source>X-ray or scanner</source>
        <translation>Rendgen ili skener</translation>
    </message>
    <message>
        <source>Detector dog</source>
        <translation>Službeni pas</translation>
    </message>
    <message>
        <source>Manual search</source>
        <translation>Ručni pregled</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <source>Illicit possession</source>
        <translation>Nedozvoljeno posedovanje</translation>
    </message>
    <message>
        <source>Illicit trafficking</source>
        <translation>Nedozvoljena trgovina</translation>
    </message>
    <message>
        <source>Illicit manufacturing</source>
        <translation>Nedozvoljena proizvodnja</translation>
    </message>
    <message>
        <source>Illicit or obliterated marking</source>
        <translation>Nedozvoljeno ili uklonjeno obeležavanje</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Krijumčarenje</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Droga</translation>
    </message>
    <message>
        <source>Violent crime</source>
        <translation>Nasilni kriminal</translation>
    </message>
    <message>
        <source>Organised crime</source>
        <translation>Organizovani kriminal</translation>
    </message>
    <message>
        <source>Terrorism</source>
        <translation>Terorizam</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>Truck</source>
        <translation>Teretno vozilo</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>Kombi</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Putnički automobil</translation>
    </message>
    <message>
        <source>Bus</source>
        <translation>Autobus</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Postal or courier parcel</source>
        <translation>Poštanska ili kurirska pošiljka</translation>
    </message>
    <message>
        <source>On foot</source>
        <translation>Pešice</translation>
    </message>
    <message>
        <source>Natural void</source>
        <translation>Prirodna šupljina</translation>
    </message>
    <message>
        <source>False compartment</source>
        <translation>Bunker (skriveni prostor)</translation>
    </message>
    <message>
        <source>Inside goods</source>
        <translation>U robi</translation>
    </message>
    <message>
        <source>Luggage</source>
        <translation>Prtljag</translation>
    </message>
    <message>
        <source>On the body</source>
        <translation>Na telu</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Pošiljka</translation>
    </message>
    <message>
        <source>Not concealed</source>
        <translation>Nije skriveno</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Vozač</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>Putnik</translation>
    </message>
    <message>
        <source>Consignor</source>
        <translation>Pošiljalac</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>Primalac</translation>
    </message>
    <message>
        <source>Declarant</source>
        <translation>Deklarant</translation>
    </message>
    <message>
        <source>Owner of the goods or vehicle</source>
        <translation>Vlasnik robe ili vozila</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Ženski</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Muški</translation>
    </message>
    <message>
        <source>Barrel</source>
        <translation>Cev</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Okvir</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Sanduk</translation>
    </message>
    <message>
        <source>Upper receiver</source>
        <translation>Gornji sanduk</translation>
    </message>
    <message>
        <source>Lower receiver</source>
        <translation>Donji sanduk</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Navlaka</translation>
    </message>
    <message>
        <source>Cylinder</source>
        <translation>Doboš</translation>
    </message>
    <message>
        <source>Bolt or breech block</source>
        <translation>Zatvarač</translation>
    </message>
    <message>
        <source>Silencer</source>
        <translation>Prigušivač</translation>
    </message>
    <message>
        <source>Magazine</source>
        <translation>Okvir za municiju</translation>
    </message>
    <message>
        <source>Other part</source>
        <translation>Drugi deo</translation>
    </message>
    <message>
        <source>Not in the national registry</source>
        <translation>Nije u nacionalnom registru</translation>
    </message>
    <message>
        <source>Registered to a lawful holder</source>
        <translation>Registrovano na zakonitog držaoca</translation>
    </message>
    <message>
        <source>Reported stolen</source>
        <translation>Prijavljeno kao ukradeno</translation>
    </message>
    <message>
        <source>Reported lost</source>
        <translation>Prijavljeno kao izgubljeno</translation>
    </message>
    <message>
        <source>No hit</source>
        <translation>Nema pogotka</translation>
    </message>
    <message>
        <source>Hit: stolen</source>
        <translation>Pogodak: ukradeno</translation>
    </message>
    <message>
        <source>Hit: lost</source>
        <translation>Pogodak: izgubljeno</translation>
    </message>
    <message>
        <source>Hit: trafficked or smuggled</source>
        <translation>Pogodak: predmet trgovine ili krijumčarenja</translation>
    </message>
    <message>
        <source>INTERPOL</source>
        <translation>INTERPOL</translation>
    </message>
    <message>
        <source>Europol (SIENA)</source>
        <translation>Europol (SIENA)</translation>
    </message>
    <message>
        <source>Bilateral request to the national authority</source>
        <translation>Bilateralni zahtev nadležnom nacionalnom organu</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>Diplomatskim putem</translation>
    </message>
    <message>
        <source>Directly to the manufacturer</source>
        <translation>Neposredno proizvođaču</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Poslato</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potvrđen prijem</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Odgovoreno</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Closed without an answer</source>
        <translation>Zatvoreno bez odgovora</translation>
    </message>
    <message>
        <source>By tracing</source>
        <translation>Utvrđivanjem porekla</translation>
    </message>
    <message>
        <source>By another competent authority's finding</source>
        <translation>Nalazom drugog nadležnog organa</translation>
    </message>
    <message>
        <source>Stop and secure the scene</source>
        <translation>Zaustavljanje i obezbeđenje mesta</translation>
    </message>
    <message>
        <source>Time of discovery</source>
        <translation>Vreme otkrivanja</translation>
    </message>
    <message>
        <source>Place (lane, bay, vehicle part)</source>
        <translation>Mesto (traka, rampa, deo vozila)</translation>
    </message>
    <message>
        <source>Officers present</source>
        <translation>Prisutni službenici</translation>
    </message>
    <message>
        <source>Other persons present</source>
        <translation>Druga prisutna lica</translation>
    </message>
    <message>
        <source>Vehicle, trailer, container or parcel ids</source>
        <translation>Oznake vozila, prikolice, kontejnera ili pošiljke</translation>
    </message>
    <message>
        <source>Treat as loaded; call a qualified person</source>
        <translation>Postupanje kao sa napunjenim oružjem; poziv stručnom licu</translation>
    </message>
    <message>
        <source>Qualified person called</source>
        <translation>Pozvano stručno lice</translation>
    </message>
    <message>
        <source>Qualification and unit</source>
        <translation>Stručnost i jedinica</translation>
    </message>
    <message>
        <source>Time requested</source>
        <translation>Vreme poziva</translation>
    </message>
    <message>
        <source>Time arrived</source>
        <translation>Vreme dolaska</translation>
    </message>
    <message>
        <source>Photograph in place before anything moves</source>
        <translation>Fotografisanje na licu mesta pre pomeranja</translation>
    </message>
    <message>
        <source>Views taken</source>
        <translation>Snimljeni kadrovi</translation>
    </message>
    <message>
        <source>Wide (the whole scene)</source>
        <translation>Širi plan (celo mesto)</translation>
    </message>
    <message>
        <source>Middle (the item where it lies)</source>
        <translation>Srednji plan (predmet na mestu gde leži)</translation>
    </message>
    <message>
        <source>Close-up with a scale</source>
        <translation>Krupni plan sa razmernikom</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>Fotograf</translation>
    </message>
    <message>
        <source>Number of photos</source>
        <translation>Broj fotografija</translation>
    </message>
    <message>
        <source>Record the condition before making safe</source>
        <translation>Evidentiranje stanja pre razoružavanja</translation>
    </message>
    <message>
        <source>Loaded as found</source>
        <translation>Zatečeno napunjeno</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Cannot tell without handling</source>
        <translation>Ne može se utvrditi bez rukovanja</translation>
    </message>
    <message>
        <source>Round in the chamber</source>
        <translation>Metak u ležištu</translation>
    </message>
    <message>
        <source>Hammer or striker</source>
        <translation>Oroz ili udarna igla</translation>
    </message>
    <message>
        <source>Cocked</source>
        <translation>Zapeto</translation>
    </message>
    <message>
        <source>Down (not cocked)</source>
        <translation>Spušteno (nije zapeto)</translation>
    </message>
    <message>
        <source>Not visible</source>
        <translation>Nije vidljivo</translation>
    </message>
    <message>
        <source>Manual safety</source>
        <translation>Ručna kočnica</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Uključena</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Isključena</translation>
    </message>
    <message>
        <source>Has none</source>
        <translation>Nema je</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Ne može se utvrditi</translation>
    </message>
    <message>
        <source>Magazine inserted</source>
        <translation>Okvir umetnut</translation>
    </message>
    <message>
        <source>Revolver cylinder as found (chambers loaded, fired cases, position)</source>
        <translation>Zatečeno stanje doboša (napunjene komore, ispaljene čaure, položaj)</translation>
    </message>
    <message>
        <source>Other observations</source>
        <translation>Ostala zapažanja</translation>
    </message>
    <message>
        <source>Gloves and minimal handling</source>
        <translation>Rukavice i minimalno rukovanje</translation>
    </message>
    <message>
        <source>Gloves worn</source>
        <translation>Nošene rukavice</translation>
    </message>
    <message>
        <source>Everyone who handled the items (elimination list)</source>
        <translation>Sva lica koja su rukovala predmetima (eliminaciona lista)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>Made safe by the qualified person</source>
        <translation>Razoružavanje od strane stručnog lica</translation>
    </message>
    <message>
        <source>Made safe by</source>
        <translation>Razoružao</translation>
    </message>
    <message>
        <source>Rounds removed from the chamber</source>
        <translation>Metaka izvađeno iz ležišta</translation>
    </message>
    <message>
        <source>Rounds removed from the magazine</source>
        <translation>Metaka izvađeno iz okvira</translation>
    </message>
    <message>
        <source>Rounds removed from the cylinder</source>
        <translation>Metaka izvađeno iz doboša</translation>
    </message>
    <message>
        <source>Rounds packed separately and tied to the firearm</source>
        <translation>Municija posebno upakovana i povezana sa oružjem</translation>
    </message>
    <message>
        <source>There were no rounds</source>
        <translation>Nije bilo municije</translation>
    </message>
    <message>
        <source>Identify from the item itself</source>
        <translation>Identifikacija na osnovu samog predmeta</translation>
    </message>
    <message>
        <source>The identification record (id)</source>
        <translation>Zapis o identifikaciji (id)</translation>
    </message>
    <message>
        <source>Photos of markings</source>
        <translation>Fotografije oznaka</translation>
    </message>
    <message>
        <source>Forensic requests before packing</source>
        <translation>Zahtevi za veštačenje pre pakovanja</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Zatraženo</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>Otisci prstiju</translation>
    </message>
    <message>
        <source>DNA</source>
        <translation>DNK</translation>
    </message>
    <message>
        <source>Ballistics (IBIN)</source>
        <translation>Balistika (IBIN)</translation>
    </message>
    <message>
        <source>Serial number restoration</source>
        <translation>Restauracija serijskog broja</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Nije potrebno</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorija</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Pakovanje</translation>
    </message>
    <message>
        <source>Package id</source>
        <translation>Oznaka pakovanja</translation>
    </message>
    <message>
        <source>Kind of package</source>
        <translation>Vrsta pakovanja</translation>
    </message>
    <message>
        <source>Seal and label</source>
        <translation>Plombiranje i obeležavanje</translation>
    </message>
    <message>
        <source>Chain of custody from the first minute</source>
        <translation>Lanac nadzora od prvog trenutka</translation>
    </message>
    <message>
        <source>First received by</source>
        <translation>Prvi primio</translation>
    </message>
    <message>
        <source>Storage and transport</source>
        <translation>Čuvanje i prevoz</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>Mesto čuvanja</translation>
    </message>
    <message>
        <source>Who has access</source>
        <translation>Ko ima pristup</translation>
    </message>
    <message>
        <source>Transport (vehicle, escort)</source>
        <translation>Prevoz (vozilo, pratnja)</translation>
    </message>
    <message>
        <source>Digital items</source>
        <translation>Digitalni predmeti</translation>
    </message>
    <message>
        <source>Item (phone, GPS unit...)</source>
        <translation>Predmet (telefon, GPS uređaj...)</translation>
    </message>
    <message>
        <source>State found</source>
        <translation>Zatečeno stanje</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Uključen</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Isključen</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Izolacija</translation>
    </message>
    <message>
        <source>Faraday bag</source>
        <translation>Faradejeva kesa</translation>
    </message>
    <message>
        <source>Airplane mode</source>
        <translation>Režim rada u avionu</translation>
    </message>
    <message>
        <source>Not isolated</source>
        <translation>Nije izolovan</translation>
    </message>
    <message>
        <source>Handed to (digital-evidence first responder)</source>
        <translation>Predato (službeniku za digitalne dokaze)</translation>
    </message>
    <message>
        <source>Notify and hand over to the investigator or prosecutor</source>
        <translation>Obaveštavanje i predaja istražitelju ili tužiocu</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Obavešten</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Istražitelj</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Tužilac</translation>
    </message>
    <message>
        <source>Investigator and prosecutor</source>
        <translation>Istražitelj i tužilac</translation>
    </message>
    <message>
        <source>Checks started</source>
        <translation>Pokrenute provere</translation>
    </message>
    <message>
        <source>National registry</source>
        <translation>Nacionalni registar</translation>
    </message>
    <message>
        <source>INTERPOL iARMS</source>
        <translation>INTERPOL iARMS</translation>
    </message>
    <message>
        <source>Trace request</source>
        <translation>Zahtev za utvrđivanje porekla</translation>
    </message>
    <message>
        <source>Feed back</source>
        <translation>Povratna informacija</translation>
    </message>
    <message>
        <source>How it was detected</source>
        <translation>Kako je otkriveno</translation>
    </message>
    <message>
        <source>Risk rule</source>
        <translation>Pravilo rizika</translation>
    </message>
    <message>
        <source>X-ray</source>
        <translation>Rendgen</translation>
    </message>
    <message>
        <source>Dog</source>
        <translation>Službeni pas</translation>
    </message>
    <message>
        <source>Watch lists or profiles updated</source>
        <translation>Ažurirane liste za praćenje ili profili</translation>
    </message>
    <message>
        <source>Parts and components</source>
        <translation>Delovi i sklopovi</translation>
    </message>
    <message>
        <source>Original wrapping or parcel</source>
        <translation>Originalna ambalaža ili pošiljka</translation>
    </message>
    <message>
        <source>Digital item</source>
        <translation>Digitalni predmet</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Prevoz</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Čuvanje</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Sud</translation>
    </message>
    <message>
        <source>Return to the owner</source>
        <translation>Vraćanje vlasniku</translation>
    </message>
    <message>
        <source>Final disposal (destruction)</source>
        <translation>Konačno uklanjanje (uništenje)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Godina</translation>
    </message>
    <message>
        <source>Import marking</source>
        <translation>Uvozna oznaka</translation>
    </message>
    <message>
        <source>Proof mark</source>
        <translation>Žig ispitivanja</translation>
    </message>
    <message>
        <source>Unit or agency mark</source>
        <translation>Oznaka jedinice ili organa</translation>
    </message>
    <message>
        <source>Other marking</source>
        <translation>Druga oznaka</translation>
    </message>
    <message>
        <source>Frame or receiver</source>
        <translation>Ram ili sanduk</translation>
    </message>
    <message>
        <source>Bolt</source>
        <translation>Zatvarač</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Drugde</translation>
    </message>
    <message>
        <source>Fully marked</source>
        <translation>Potpuno označeno</translation>
    </message>
    <message>
        <source>Partially marked</source>
        <translation>Delimično označeno</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>Ne postoji</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Izmenjeno</translation>
    </message>
    <message>
        <source>Obliterated</source>
        <translation>Uklonjeno (izbrušeno)</translation>
    </message>
    <message>
        <source>Photos of the markings</source>
        <translation>Fotografije oznaka</translation>
    </message>
    <message>
        <source>present</source>
        <translation>postoji</translation>
    </message>
    <message>
        <source>recorded as not present</source>
        <translation>evidentirano da ne postoji</translation>
    </message>
    <message>
        <source>recorded as obliterated</source>
        <translation>evidentirano kao uklonjeno</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nije evidentirano</translation>
    </message>
    <message>
        <source>Customs Administration</source>
        <translation>Uprava carina</translation>
    </message>
    <message>
        <source>Customs Administration of the Republic of Serbia</source>
        <translation>Uprava carina Republike Srbije</translation>
    </message>
    <message>
        <source>Customs Administration of Montenegro</source>
        <translation>Uprava carina Crne Gore</translation>
    </message>
    <message>
        <source>Indirect Taxation Authority of Bosnia and Herzegovina</source>
        <translation>Uprava za indirektno oporezivanje Bosne i Hercegovine</translation>
    </message>
    <message>
        <source>Customs Administration of the Republic of North Macedonia</source>
        <translation>Carinska uprava Republike Severne Makedonije</translation>
    </message>
    <message>
        <source>General Directorate of Customs of Albania</source>
        <translation>Generalna direkcija carina Albanije</translation>
    </message>
    <message>
        <source>Kosovo Customs</source>
        <translation>Carina Kosova</translation>
    </message>
    <message>
        <source>Customs Administration of the Republic of Croatia</source>
        <translation>Carinska uprava Republike Hrvatske</translation>
    </message>
    <message>
        <source>Pistol</source>
        <translation>Pištolj</translation>
    </message>
    <message>
        <source>Revolver</source>
        <translation>Revolver</translation>
    </message>
    <message>
        <source>Rifle or carbine</source>
        <translation>Puška ili karabin</translation>
    </message>
    <message>
        <source>Shotgun</source>
        <translation>Sačmarica</translation>
    </message>
    <message>
        <source>Sub-machine gun</source>
        <translation>Automat</translation>
    </message>
    <message>
        <source>Machine gun</source>
        <translation>Mitraljez</translation>
    </message>
    <message>
        <source>Other firearm</source>
        <translation>Drugo vatreno oružje</translation>
    </message>
    <message>
        <source>Light weapon</source>
        <translation>Lako naoružanje</translation>
    </message>
    <message>
        <source>Part or component</source>
        <translation>Deo ili sklop</translation>
    </message>
</context>
</TS>
