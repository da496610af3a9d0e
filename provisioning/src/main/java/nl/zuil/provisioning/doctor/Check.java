package nl.zuil.provisioning.doctor;

import java.util.List;

/** One thing doctor looks at. A check never throws: what it cannot find out is a finding too. */
public interface Check {

  List<Finding> run(DoctorContext context);
}
