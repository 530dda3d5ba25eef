//! Certificate authority behaviour that depends on time, run with an
//! injected clock instead of waiting: expiry, renewal windows, revocation
//! of expired certificates and CRL renewal.

use micado_security::pki::san::SanOptions;
use micado_security::pki::serial::Serial;
use micado_security::pki::{
    CaRequest, IssueRequest, KeyAlgorithm, Pki, Profile, RevocationReason, Status,
};
use micado_security::store::{Actor, Home, InitOptions, Store, UnlockOptions};
use time::{Duration, OffsetDateTime};

fn open_store(dir: &std::path::Path) -> Store {
    let home = Home::at(dir);
    Store::init(&home, InitOptions::default(), Actor::current("test")).unwrap();
    let mut store = Store::open(&home, None, Actor::current("test")).unwrap();
    let options = UnlockOptions {
        identity_files: vec![home.default_identity()],
        ..UnlockOptions::default()
    };
    store.unlock(&options).unwrap();
    store
}

fn start() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

fn init_ca(store: &mut Store, now: OffsetDateTime) {
    let request = CaRequest {
        name: "micado".into(),
        algorithm: KeyAlgorithm::EcdsaP256,
        validity: Duration::days(3650),
        if_missing: false,
    };
    Pki::new(store).at(now).init(&request).unwrap();
}

fn worker(name: &str, validity: Duration) -> IssueRequest {
    IssueRequest {
        name: name.into(),
        profile: Profile::Worker,
        sans: vec![format!("{name}.workernode.micado")],
        san_options: SanOptions::default(),
        validity,
        backdate: Duration::minutes(5),
        algorithm: KeyAlgorithm::EcdsaP256,
        csr: None,
        if_missing: true,
    }
}

#[test]
fn expired_certificate_is_reissued_and_revocable() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let now = start();
    init_ca(&mut store, now);
    let first = Pki::new(&mut store)
        .at(now)
        .issue(&worker("w1", Duration::days(10)))
        .unwrap();

    let later = now + Duration::days(11);
    let listed = Pki::new(&mut store).at(later).list(None).unwrap();
    assert_eq!(listed[0].status, Status::Expired);

    // --if-missing does not keep an expired certificate.
    let second = Pki::new(&mut store)
        .at(later)
        .issue(&worker("w1", Duration::days(10)))
        .unwrap();
    assert!(second.changed);
    assert_ne!(second.certificate.serial, first.certificate.serial);

    // Revoking the expired one still lists it in the CRL.
    let revoked = Pki::new(&mut store)
        .at(later)
        .revoke(
            &first.certificate.serial,
            RevocationReason::CessationOfOperation,
        )
        .unwrap();
    assert!(revoked.changed);
    let crl = Pki::new(&mut store).at(later).crl(None).unwrap();
    assert_eq!(crl.revoked, 1);
    let (_, parsed) = x509_parser::parse_x509_crl(&crl.der).unwrap();
    let serials: Vec<String> = parsed
        .iter_revoked_certificates()
        .map(|r| {
            Serial::from_der_content(r.raw_serial())
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(serials, std::slice::from_ref(&first.certificate.serial));
}

#[test]
fn renewal_window_and_expiring_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let now = start();
    init_ca(&mut store, now);
    Pki::new(&mut store)
        .at(now)
        .issue(&worker("w1", Duration::days(60)))
        .unwrap();

    let expiring = |store: &mut Store, at| {
        Pki::new(store)
            .at(at)
            .list(Some(Duration::days(30)))
            .unwrap()
            .len()
    };
    assert_eq!(expiring(&mut store, now), 0);
    assert_eq!(expiring(&mut store, now + Duration::days(31)), 1);
    assert_eq!(
        expiring(&mut store, now + Duration::days(61)),
        0,
        "expired is not expiring"
    );

    let kept = Pki::new(&mut store)
        .at(now + Duration::days(20))
        .renew(
            "w1",
            Some(Duration::days(30)),
            false,
            Duration::days(60),
            Duration::minutes(5),
        )
        .unwrap();
    assert!(!kept.changed);
    let renewed = Pki::new(&mut store)
        .at(now + Duration::days(40))
        .renew(
            "w1",
            Some(Duration::days(30)),
            false,
            Duration::days(60),
            Duration::minutes(5),
        )
        .unwrap();
    assert!(renewed.changed);
    assert!(renewed.superseded.is_some());
}

#[test]
fn crl_renews_near_next_update() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let now = start();
    init_ca(&mut store, now);
    let first = Pki::new(&mut store).at(now).crl(None).unwrap();
    let window = Some(Duration::days(5));

    let day9 = Pki::new(&mut store)
        .at(now + Duration::days(9))
        .crl(window)
        .unwrap();
    assert!(!day9.changed);
    assert_eq!(day9.crl_number, first.crl_number);
    assert_eq!(day9.der, first.der);

    let day11 = Pki::new(&mut store)
        .at(now + Duration::days(11))
        .crl(window)
        .unwrap();
    assert!(day11.changed);
    assert_eq!(day11.crl_number, first.crl_number + 1);
}

#[test]
fn rekey_store_keeps_ca_usable() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    let now = start();
    init_ca(&mut store, now);
    store.rekey(None).unwrap();
    let issued = Pki::new(&mut store)
        .at(now)
        .issue(&worker("w1", Duration::days(10)));
    assert!(issued.is_ok(), "{issued:?}");
}
