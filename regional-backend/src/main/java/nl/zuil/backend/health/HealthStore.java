package nl.zuil.backend.health;

import java.util.List;

/** The last health report of every kiosk. */
public interface HealthStore {

  void save(KioskHealth health, String deviceId);

  List<KioskHealth> region(String regionCode);
}
