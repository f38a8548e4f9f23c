"""Every translatable string in the content files, for makemessages.

Written by ``make content-messages`` (smeshield.content.translations): do not edit.
"""

from django.utils.translation import gettext_noop

MESSAGES = (
    # healthcheck/cyber-essentials-v3.2-willow.yaml: catalogue.name
    gettext_noop('Cyber Essentials v3.2 (Willow) with the NCSC Small Business Guide'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[0].name
    gettext_noop('Firewalls'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[1].name
    gettext_noop('Secure settings'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[2].name
    gettext_noop('Security updates'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[3].name
    gettext_noop('Who can log in'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[4].name
    gettext_noop('Protection from malware'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[5].name
    gettext_noop('Backing up your data'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[6].name
    gettext_noop('Passwords and 2-step verification'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[7].name
    gettext_noop('Scam emails, texts and calls'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[8].name
    gettext_noop('Phones and tablets'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[9].name
    gettext_noop('Payment and invoice fraud'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[10].name
    gettext_noop('Being ready if something goes wrong'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[0].summary
    gettext_noop('A firewall sits between your devices and the internet and keeps strangers out.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[1].summary
    gettext_noop('Devices and software should be set up to be safe, not just easy.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[2].summary
    gettext_noop('Updates fix the weak spots that attackers look for.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[3].summary
    gettext_noop('Only the right people should get into your accounts, with only the access they need.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[4].summary
    gettext_noop('Malware is harmful software, such as viruses and ransomware.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[5].summary
    gettext_noop('A backup is a copy of your important files that you can get back if things go wrong.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[6].summary
    gettext_noop('Good passwords and 2-step checks stop most attempts to break into accounts.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[7].summary
    gettext_noop('Phishing messages trick people into clicking, paying or giving away passwords.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[8].summary
    gettext_noop('Phones and tablets hold email, payments and customer details, so they need care too.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[9].summary
    gettext_noop('Criminals pose as suppliers or customers to get money sent to them.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: areas[10].summary
    gettext_noop('Knowing what to do in the first hour can save your business.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[0].statement
    gettext_noop('Your internet connection is protected by a firewall, such as the one in your router.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[1].statement
    gettext_noop("The password for your router's settings is not the one it came with."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[2].statement
    gettext_noop("Your router's settings cannot be changed from the internet."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[3].statement
    gettext_noop('Laptops used away from your premises have their own firewall switched on.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[4].statement
    gettext_noop('Software, apps and accounts you do not need are removed.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[5].statement
    gettext_noop('You have changed the passwords that came with printers, cameras and other devices.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[6].statement
    gettext_noop('Every laptop, phone and tablet needs a PIN, password or fingerprint to open. A PIN has at least 6 numbers.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[7].statement
    gettext_noop('Files and programs do not start by themselves when a USB stick is plugged in.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[8].statement
    gettext_noop('All your software and devices still get updates from the firms that made them.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[9].statement
    gettext_noop('All your software is licensed.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[10].statement
    gettext_noop('Automatic updates are switched on wherever you can switch them on.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[11].statement
    gettext_noop('Important security updates are installed within 14 days of coming out.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[12].statement
    gettext_noop('Your router and other network devices get their updates.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[13].statement
    gettext_noop('Everyone has their own login, and nobody shares one.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[14].statement
    gettext_noop('Accounts are removed as soon as they are not needed, for example when someone leaves.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[15].statement
    gettext_noop('Admin accounts are only used to install software and change settings, not for email or browsing.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[16].statement
    gettext_noop('2-step verification is on for every online service that offers it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[17].statement
    gettext_noop('Each password is 12 or more characters long. If not, the account uses 2-step verification.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[18].statement
    gettext_noop('Accounts lock, or slow down, after no more than 10 wrong passwords.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[19].statement
    gettext_noop('Every computer has anti-malware switched on and up to date.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[20].statement
    gettext_noop('Anti-malware checks websites and downloads as you use them.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[21].statement
    gettext_noop('Phones and tablets only install apps from the official app store.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[22].statement
    gettext_noop('Important data is backed up at least every week.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[23].statement
    gettext_noop('At least one backup is kept apart from your computers, so ransomware cannot reach it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[24].statement
    gettext_noop('You have got files back from a backup in the last 12 months, to check it works.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[25].statement
    gettext_noop('A password manager, or your browser, keeps a different password for each account.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[26].statement
    gettext_noop('Your email has 2-step verification and a password you use nowhere else.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[27].statement
    gettext_noop('Everyone who works with you knows the signs of a scam email, text or call.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[28].statement
    gettext_noop('Everyone knows how to report a suspicious message, and feels safe to do so.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[29].statement
    gettext_noop('Spam and scam filtering is switched on for your email.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[30].statement
    gettext_noop('Phones and tablets are kept up to date.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[31].statement
    gettext_noop('You can find, lock or wipe a lost work phone or tablet.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[32].statement
    gettext_noop('When a supplier asks to change their bank details, you check by calling a number you already trust.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[33].statement
    gettext_noop('Two people check large or unusual payments before they are sent.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[34].statement
    gettext_noop('Card machine, payment app and online shop accounts use 2-step verification.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[35].statement
    gettext_noop('You know who to call if you are hacked or scammed, including Report Fraud on 0300 123 2040.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[36].statement
    gettext_noop('Key phone numbers, such as your bank, IT help and insurer, are kept away from your computer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[37].statement
    gettext_noop('You know that if personal data is lost or leaked, you may need to tell the ICO within 72 hours.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[38].statement
    gettext_noop("Your website's software and plugins are kept up to date."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[39].statement
    gettext_noop('Your website and online shop ask for 2-step verification when you log in as admin.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[0].why
    gettext_noop('A firewall keeps strangers on the internet away from your computers and phones.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[1].why
    gettext_noop('Default passwords are listed online, so anyone can look them up and change your settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[2].why
    gettext_noop('If the settings page can be reached from the internet, attackers can try to break in to it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[3].why
    gettext_noop('Home and public Wi-Fi is not protected by your office router.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[4].why
    gettext_noop('Every extra account or program is one more way in for an attacker.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[5].why
    gettext_noop('Default passwords are easy to find online, so attackers try them first.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[6].why
    gettext_noop('A lost or stolen device should not open for whoever finds it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[7].why
    gettext_noop('Auto-run lets harmful software start without anyone clicking on it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[8].why
    gettext_noop('Software that is no longer supported, like Windows 7, gets no fixes for new attacks.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[9].why
    gettext_noop('Unlicensed copies often cannot be updated and may come with malware.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[10].why
    gettext_noop('Automatic updates fix weak spots without you having to remember.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[11].why
    gettext_noop('Attackers use known weak spots within days of a fix coming out.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[12].why
    gettext_noop('Routers are attacked often because many are never updated.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[13].why
    gettext_noop('With shared logins you cannot tell who did what, or shut out one person.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[14].why
    gettext_noop('Old accounts are easy to miss, and attackers or former staff can still use them.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[15].why
    gettext_noop('If an admin account opens a bad link, the attacker gets full control of the computer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[16].why
    gettext_noop('It stops most attacks that use stolen or guessed passwords.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[17].why
    gettext_noop('Short passwords can be guessed by computers in minutes.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[18].why
    gettext_noop('It stops attackers from trying password after password.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[19].why
    gettext_noop('Anti-malware finds and stops most harmful software before it runs.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[20].why
    gettext_noop('Many attacks arrive through a website or a download.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[21].why
    gettext_noop('App stores check apps for malware. Apps from other places are not checked.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[22].why
    gettext_noop('If files are lost, stolen or locked by ransomware, a backup gets your business going again.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[23].why
    gettext_noop('Ransomware locks every file it can reach, including backups on the same computer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[24].why
    gettext_noop('Many people find out their backup does not work only when they need it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[25].why
    gettext_noop('If one site is hacked, the same password would open your other accounts too.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[26].why
    gettext_noop('Whoever controls your email can reset the passwords of your other accounts.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[27].why
    gettext_noop('Scam messages are how most attacks on small businesses start.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[28].why
    gettext_noop('A quick report can stop a scam before someone else falls for it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[29].why
    gettext_noop('Filters stop many scam emails before anyone sees them.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[30].why
    gettext_noop('Updates fix the weak spots that attackers use to get into phones.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[31].why
    gettext_noop('A lost phone can give a stranger your email, payments and customer details.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[32].why
    gettext_noop('Fake invoice emails are one of the most common ways small firms lose money.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[33].why
    gettext_noop('A second person often spots a scam that the first one missed.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[34].why
    gettext_noop('Criminals who get into a payment account can send your takings to themselves.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[35].why
    gettext_noop('Acting in the first hour can stop a payment or an attack from spreading.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[36].why
    gettext_noop('If your computer is locked by ransomware, you cannot look up numbers on it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[37].why
    gettext_noop('The law sets this deadline, and missing it can lead to a fine.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[38].why
    gettext_noop('Out-of-date websites are broken into to steal data or to spread scams.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: requirements[39].why
    gettext_noop('Whoever gets into the admin pages can change your site, take payments or steal data.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].text
    gettext_noop('Which of these are true for your business?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].text
    gettext_noop('Which online services do you use for work?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].text
    gettext_noop('How do customers pay you?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[3].text
    gettext_noop('Does the business have a website?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].text
    gettext_noop('Which of these do you use?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[5].text
    gettext_noop('Do your customers or buyers ask whether you have Cyber Essentials?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[6].text
    gettext_noop('Does the business have cyber insurance?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].text
    gettext_noop('Where do you go for IT advice today?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[8].text
    gettext_noop('Does your internet connection come through a router or firewall?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[9].text
    gettext_noop("Have you changed the password for your router's settings from the one printed on it?"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[10].text
    gettext_noop("Can your router's settings be changed over the internet, from outside your premises?"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[11].text
    gettext_noop('Do laptops used away from your premises have their firewall switched on?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[12].text
    gettext_noop('Do you remove software, apps and user accounts you no longer need?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[13].text
    gettext_noop('Have you changed the default passwords on all devices, such as printers, cameras and smart doorbells?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].text
    gettext_noop('Do all laptops, phones and tablets need a PIN, password or fingerprint to unlock?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[15].text
    gettext_noop('When you plug in a USB stick, do files or programs open by themselves?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[16].text
    gettext_noop('Is all your software and every device still getting updates from its maker?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[17].text
    gettext_noop('Is all your software properly licensed?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[18].text
    gettext_noop('Are automatic updates switched on for computers, phones, tablets and apps?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[19].text
    gettext_noop('When an important security update comes out, is it installed within 14 days?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[20].text
    gettext_noop('Does your router get updates, either by itself or from your internet provider?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[21].text
    gettext_noop("Is your website's software, including any plugins, kept up to date?"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[22].text
    gettext_noop('Does everyone have their own login, rather than sharing one?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[23].text
    gettext_noop('When someone leaves, do you remove their accounts straight away?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[24].text
    gettext_noop('Do you have an admin account that you only use to add software or change settings?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[25].text
    gettext_noop('Is 2-step verification switched on for all the online services you use for work?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[26].text
    gettext_noop('Are your passwords at least 12 characters long?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[27].text
    gettext_noop('Do your accounts lock, or slow down, after 10 wrong passwords or fewer?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[28].text
    gettext_noop('Does your website or online shop ask for 2-step verification when you log in as admin?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[29].text
    gettext_noop('Is anti-malware on for every computer? Does it check websites and files as you open them?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[30].text
    gettext_noop('Do work phones and tablets only get apps from the official app store?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].text
    gettext_noop('How often do you back up important data, such as customer records and accounts?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[32].text
    gettext_noop('Is at least one backup kept apart from your computers, such as on an unplugged drive?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[33].text
    gettext_noop('Have you tried getting files back from a backup in the last 12 months?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[34].text
    gettext_noop('Do you use a password manager, or your browser, to keep a different password for each account?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[35].text
    gettext_noop('Does your work email have 2-step verification, and a password you use nowhere else?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[36].text
    gettext_noop('Have you, and everyone who works with you, learned how to spot scam emails, texts and calls?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[37].text
    gettext_noop('Does everyone know how to report a scam email? For example, send it on to report@phishing.gov.uk.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[38].text
    gettext_noop('Is spam and scam filtering switched on for your email?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[39].text
    gettext_noop('If a work phone or tablet was lost, could you find, lock or wipe it?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].text
    gettext_noop('If a supplier emails to say their bank details have changed, what do you do?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[41].text
    gettext_noop('Do two people check large or unusual payments before they are sent?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[42].text
    gettext_noop('Do your card machine, payment app and online shop accounts use 2-step verification?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[43].text
    gettext_noop('If you were hacked or scammed today, would you know who to call?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[44].text
    gettext_noop('Are key phone numbers, such as your bank, IT help and insurer, written down away from your computer?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[45].text
    gettext_noop('Did you know you may need to tell the ICO within 72 hours if personal data is lost or leaked?'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].summary
    gettext_noop('How you work'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].summary
    gettext_noop('Online services'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].summary
    gettext_noop('How customers pay'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[3].summary
    gettext_noop('Website'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].summary
    gettext_noop('Software and devices'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[5].summary
    gettext_noop('Customers ask for Cyber Essentials'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[6].summary
    gettext_noop('Cyber insurance'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].summary
    gettext_noop('Where you get IT advice'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[8].summary
    gettext_noop('Router or firewall in place'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[9].summary
    gettext_noop('Router settings password changed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[10].summary
    gettext_noop('Router settings open to the internet'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[11].summary
    gettext_noop('Firewall on laptops used away'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[12].summary
    gettext_noop('Unused software and accounts removed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[13].summary
    gettext_noop('Default passwords changed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].summary
    gettext_noop('Screen lock on every device'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[15].summary
    gettext_noop('Auto-run switched off'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[16].summary
    gettext_noop('Software still supported'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[17].summary
    gettext_noop('Software licensed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[18].summary
    gettext_noop('Automatic updates on'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[19].summary
    gettext_noop('Updates installed within 14 days'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[20].summary
    gettext_noop('Router updates'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[21].summary
    gettext_noop('Website kept up to date'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[22].summary
    gettext_noop('Own login for everyone'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[23].summary
    gettext_noop("Leavers' accounts removed"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[24].summary
    gettext_noop('Separate admin account'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[25].summary
    gettext_noop('2-step verification on online services'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[26].summary
    gettext_noop('Long passwords'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[27].summary
    gettext_noop('Lock after wrong passwords'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[28].summary
    gettext_noop('2-step verification on website admin'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[29].summary
    gettext_noop('Anti-malware on every computer'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[30].summary
    gettext_noop('Apps from official stores only'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].summary
    gettext_noop('How often you back up'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[32].summary
    gettext_noop('Backup kept apart'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[33].summary
    gettext_noop('Backup tested'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[34].summary
    gettext_noop('Different password for each account'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[35].summary
    gettext_noop('Email account protected'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[36].summary
    gettext_noop('Know how to spot scams'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[37].summary
    gettext_noop('Know how to report scams'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[38].summary
    gettext_noop('Email filtering on'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[39].summary
    gettext_noop('Lost phones can be locked'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].summary
    gettext_noop('Checking new bank details'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[41].summary
    gettext_noop('Two people check payments'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[42].summary
    gettext_noop('Payment accounts protected'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[43].summary
    gettext_noop('Know who to call'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[44].summary
    gettext_noop('Key numbers written down'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[45].summary
    gettext_noop('Know the 72-hour rule'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].hint
    gettext_noop('Tick all that are true.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].hint
    gettext_noop('Tick all that you use.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].hint
    gettext_noop('Tick all that apply.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].hint
    gettext_noop('We use this to warn you about problems that affect you. Tick all you use, and type any others.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[6].hint
    gettext_noop('It is sometimes part of a wider business insurance policy.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[8].hint
    gettext_noop('Most internet providers give you a router with a firewall built in.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[9].hint
    gettext_noop("This is the password for the router's settings page, not the Wi-Fi password."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[10].hint
    gettext_noop('Most routers do not allow this unless someone set it up.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[11].hint
    gettext_noop('Windows and Mac computers have a firewall built in.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].hint
    gettext_noop('A PIN should be at least 6 digits long.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[16].hint
    gettext_noop('For example, Windows 7 and Windows 8.1 no longer get updates.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[19].hint
    gettext_noop('Automatic updates usually do this for you.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[24].hint
    gettext_noop('Email and web browsing should use an everyday account.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[25].hint
    gettext_noop('This is when you type a code from your phone as well as your password.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[26].hint
    gettext_noop('Three random words make a long password that is easy to remember.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[27].hint
    gettext_noop('Most online services do this already.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[29].hint
    gettext_noop('Microsoft Defender comes with Windows. It counts if real-time protection is on.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[30].hint
    gettext_noop('That means the App Store or Google Play.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[32].hint
    gettext_noop('A separate cloud backup account also counts.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[36].hint
    gettext_noop("The NCSC's free Top tips for staff course takes about 30 minutes."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[37].hint
    gettext_noop('Suspicious texts can be forwarded to 7726.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[38].hint
    gettext_noop('Microsoft 365 and Google Workspace include it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[39].hint
    gettext_noop('Find My on Apple devices and Find My Device on Android do this.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[43].hint
    gettext_noop('In England, Wales and Northern Ireland, call Report Fraud on 0300 123 2040. In Scotland, call 101.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[45].hint
    gettext_noop("The ICO is the Information Commissioner's Office."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].how_to_find_out
    gettext_noop('Think about the last month. Ask anyone who works with you if you are unsure.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].how_to_find_out
    gettext_noop('Look at how you get your work email and where you save files. Your bills may also show them.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].how_to_find_out
    gettext_noop('Look at your last few sales, or ask whoever takes payments.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[3].how_to_find_out
    gettext_noop('Search for your business name online. Check your bills for web hosting.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].how_to_find_out
    gettext_noop('Look at the computers, phones, router and software you use most days.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[5].how_to_find_out
    gettext_noop('Look at recent tenders, contracts or supplier forms for a question about it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[6].how_to_find_out
    gettext_noop('Look at your insurance documents for the words cyber, data or hacking, or ask your broker.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].how_to_find_out
    gettext_noop('Think about who you called the last time something went wrong with a computer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[8].how_to_find_out
    gettext_noop('Look for the box your internet cable or phone line plugs into. Ask your internet provider if you are unsure.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[9].how_to_find_out
    gettext_noop('Look at the sticker on your router. If the admin password on it still works, it has not been changed. Your internet provider can help.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[10].how_to_find_out
    gettext_noop("Ask whoever set up your internet. On the router's settings page, look for remote management."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[11].how_to_find_out
    gettext_noop('On Windows, search for Firewall and network protection. On a Mac, open System Settings, then Network, then Firewall.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[12].how_to_find_out
    gettext_noop('Look at the list of apps on each computer and phone. Remove any you have not used for months.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[13].how_to_find_out
    gettext_noop("Check each device's settings or manual. If the password is on a sticker or in the manual, it is a default."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].how_to_find_out
    gettext_noop('Lock each device and try to open it. Check that a PIN has at least 6 digits.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[15].how_to_find_out
    gettext_noop('Plug in a USB stick you trust and watch what happens. On Windows, search for AutoPlay to check the setting.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[16].how_to_find_out
    gettext_noop("Check each computer's version in its settings. Search online for the version name and the words end of support."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[17].how_to_find_out
    gettext_noop('Check you have a receipt or subscription for each program you paid for.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[18].how_to_find_out
    gettext_noop('On Windows, open Settings and then Windows Update. On phones, look in Settings under Software update.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[19].how_to_find_out
    gettext_noop("Look at the update history in each computer's settings for the dates updates went in."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[20].how_to_find_out
    gettext_noop("Ask your internet provider, or look for a firmware update page in the router's settings."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[21].how_to_find_out
    gettext_noop('Ask whoever built or hosts your website. If you use WordPress, the dashboard shows waiting updates.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[22].how_to_find_out
    gettext_noop('List who uses each computer and online account. Check if anyone shares a login.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[23].how_to_find_out
    gettext_noop('Compare the accounts in your email and other services with the people working for you now.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[24].how_to_find_out
    gettext_noop('On Windows, open Settings and then Accounts. If your everyday account says Administrator, it is an admin account.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[25].how_to_find_out
    gettext_noop('Look in the security settings of each account. Look for 2-step verification.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[26].how_to_find_out
    gettext_noop('Count the characters in the passwords you type most often.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[27].how_to_find_out
    gettext_noop('On Windows, ask your IT helper to check the account lockout setting.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[28].how_to_find_out
    gettext_noop("Log in to your website's admin pages. Look for 2-step verification in your profile or security settings."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[29].how_to_find_out
    gettext_noop('On Windows, search for Windows Security. Check that Virus and threat protection shows a green tick and real-time protection is on.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[30].how_to_find_out
    gettext_noop('Ask everyone who uses a work phone. Android phones show apps from other places in their settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].how_to_find_out
    gettext_noop('Look at the date of your newest backup, or ask whoever looks after your computers.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[32].how_to_find_out
    gettext_noop('Check where your backups go. A drive that stays plugged in all the time does not count.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[33].how_to_find_out
    gettext_noop('Try to get one file back from your backup today. If it works, the answer is yes.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[34].how_to_find_out
    gettext_noop('Check whether you use the same password for more than one account.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[35].how_to_find_out
    gettext_noop("Look in your email account's security settings for 2-step verification."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[36].how_to_find_out
    gettext_noop('Ask each person whether they have had any training or advice on scams.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[37].how_to_find_out
    gettext_noop('Ask each person what they would do with an email they were not sure about.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[38].how_to_find_out
    gettext_noop('Check whether your email has a spam or junk folder that fills up by itself.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[39].how_to_find_out
    gettext_noop('Sign in to Find My or Find My Device and check each work phone is listed.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].how_to_find_out
    gettext_noop('Ask whoever pays your bills what they did the last time this happened.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[41].how_to_find_out
    gettext_noop('Ask whoever sends payments how the last large one was checked.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[42].how_to_find_out
    gettext_noop('Log in to each payment account and look in its security settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[43].how_to_find_out
    gettext_noop('Ask yourself who you would phone first, and whether you have their number.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[44].how_to_find_out
    gettext_noop('Check whether you could find these numbers if your computer would not start.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[45].how_to_find_out
    gettext_noop('The ICO website explains when you must report. Now you know, you can answer yes.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[0].label
    gettext_noop('Some work is done from home or on the move'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[1].label
    gettext_noop('People use their own phones or computers for work'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[2].label
    gettext_noop("Other people use the business's computers, phones or accounts"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[3].label
    gettext_noop('You pay suppliers or staff by bank transfer'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[4].label
    gettext_noop('You keep personal details about customers, staff or others'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[5].label
    gettext_noop('None of these'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[0].label
    gettext_noop('Microsoft 365 or Office 365 (for example Outlook email)'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[1].label
    gettext_noop('Google Workspace or Gmail for business'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[2].label
    gettext_noop('Email from another provider, such as your web host'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[3].label
    gettext_noop('Online storage, such as Dropbox, OneDrive or iCloud'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[4].label
    gettext_noop('Online accounts software, such as Xero, QuickBooks or Sage'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].options[0].label
    gettext_noop('By card, in person or online'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].options[1].label
    gettext_noop('Through an app, such as SumUp, Square or PayPal'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].options[2].label
    gettext_noop('Through an online shop on your website'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].options[3].label
    gettext_noop('Only by cash, cheque or bank transfer'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[3].options[0].label
    gettext_noop('Yes'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[3].options[1].label
    gettext_noop('No'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[0].label
    gettext_noop('Windows computers'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[1].label
    gettext_noop('Mac computers'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[2].label
    gettext_noop('iPhones or iPads'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[3].label
    gettext_noop('Android phones or tablets'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[4].label
    gettext_noop('Microsoft 365 or Office'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[5].label
    gettext_noop('Google Workspace'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[6].label
    gettext_noop('Google Chrome'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[7].label
    gettext_noop('WordPress website'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[8].label
    gettext_noop('Shopify'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[9].label
    gettext_noop('Xero'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[10].label
    gettext_noop('Sage'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[11].label
    gettext_noop('QuickBooks'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[12].label
    gettext_noop('Zoom'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[13].label
    gettext_noop('Fortinet FortiGate firewall'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[14].label
    gettext_noop('Cisco network equipment'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[4].options[15].label
    gettext_noop('Synology or QNAP storage box'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].options[0].label
    gettext_noop('Nobody: I sort it out myself'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].options[1].label
    gettext_noop('A friend or family member'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].options[2].label
    gettext_noop('An IT company or freelancer'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].options[3].label
    gettext_noop('I search online'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].options[4].label
    gettext_noop('My bank, accountant or a business group'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[8].options[1].label
    gettext_noop('No, our devices connect straight to the internet'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[11].options[2].label
    gettext_noop('We do not take laptops away'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[13].options[2].label
    gettext_noop('We have no devices like these'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].options[0].label
    gettext_noop('Yes, all of them'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].options[1].label
    gettext_noop('Some of them'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].options[2].label
    gettext_noop('None of them'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[18].options[0].label
    gettext_noop('Yes, on all of them'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[18].options[1].label
    gettext_noop('On some of them'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[21].options[1].label
    gettext_noop('Our web host or designer does this for us'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[26].options[1].label
    gettext_noop('No, but every account also uses 2-step verification'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[29].options[1].label
    gettext_noop('It is on, but it does not check websites and downloads'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].options[0].label
    gettext_noop('Every day'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].options[1].label
    gettext_noop('Every week'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].options[2].label
    gettext_noop('Less often than every week'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].options[3].label
    gettext_noop('Never'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].options[0].label
    gettext_noop('Call them on a number we already have to check'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].options[1].label
    gettext_noop('Reply to the email to check'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].options[2].label
    gettext_noop('Update the details and pay'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[45].options[0].label
    gettext_noop('Yes, I knew'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[45].options[1].label
    gettext_noop('No, I did not know'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[4].hint
    gettext_noop('For example names, addresses, phone numbers or health details.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[0].summary
    gettext_noop('Some work from home or on the move'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[1].summary
    gettext_noop('Own phones or computers used for work'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[2].summary
    gettext_noop("Other people use the business's devices or accounts"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[3].summary
    gettext_noop('Pays suppliers or staff by bank transfer'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[0].options[4].summary
    gettext_noop('Keeps personal details about people'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[0].summary
    gettext_noop('Microsoft 365'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[2].summary
    gettext_noop('Email from another provider'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[3].summary
    gettext_noop('Online storage'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[4].summary
    gettext_noop('Online accounts software'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[1].options[5].summary
    gettext_noop('No online services'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].options[0].summary
    gettext_noop('Card payments'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].options[1].summary
    gettext_noop('Payment apps'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].options[2].summary
    gettext_noop('Online shop'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[2].options[3].summary
    gettext_noop('Cash, cheque or bank transfer only'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[3].options[0].summary
    gettext_noop('Has a website'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[3].options[1].summary
    gettext_noop('No website'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[5].options[1].summary
    gettext_noop('Customers do not ask for Cyber Essentials'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[6].options[0].summary
    gettext_noop('Has cyber insurance'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[6].options[1].summary
    gettext_noop('No cyber insurance'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].options[0].summary
    gettext_noop('Sorts IT out alone'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].options[3].summary
    gettext_noop('Searches online'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[7].options[4].summary
    gettext_noop('Bank, accountant or business group'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[8].options[0].summary
    gettext_noop('Internet comes through a router or firewall'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[8].options[1].summary
    gettext_noop('Devices connect straight to the internet'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[9].options[0].summary
    gettext_noop('Router password changed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[9].options[1].summary
    gettext_noop('Router password not changed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[10].options[0].summary
    gettext_noop('Router settings closed to the internet'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[11].options[0].summary
    gettext_noop('Firewall on for laptops used away'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[11].options[1].summary
    gettext_noop('Firewall off on laptops used away'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[11].options[2].summary
    gettext_noop('Laptops are not taken away'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[12].options[1].summary
    gettext_noop('Unused software and accounts kept'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[13].options[0].summary
    gettext_noop('Default device passwords changed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[13].options[1].summary
    gettext_noop('Default device passwords not changed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[13].options[2].summary
    gettext_noop('No devices like these'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].options[0].summary
    gettext_noop('Every device has a screen lock'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].options[1].summary
    gettext_noop('Only some devices have a screen lock'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[14].options[2].summary
    gettext_noop('No devices have a screen lock'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[15].options[0].summary
    gettext_noop('Nothing opens by itself'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[15].options[1].summary
    gettext_noop('Files open by themselves'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[16].options[0].summary
    gettext_noop('All software still gets updates'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[16].options[1].summary
    gettext_noop('Some software no longer gets updates'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[17].options[0].summary
    gettext_noop('All software licensed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[17].options[1].summary
    gettext_noop('Some software not licensed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[18].options[0].summary
    gettext_noop('Automatic updates on everywhere'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[18].options[1].summary
    gettext_noop('Automatic updates on some devices'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[18].options[2].summary
    gettext_noop('Automatic updates off'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[19].options[0].summary
    gettext_noop('Updates in within 14 days'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[19].options[1].summary
    gettext_noop('Updates can take longer than 14 days'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[20].options[0].summary
    gettext_noop('Router gets updates'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[20].options[1].summary
    gettext_noop('Router does not get updates'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[21].options[1].summary
    gettext_noop('Web host or designer updates the website'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[21].options[2].summary
    gettext_noop('Website not kept up to date'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[22].options[0].summary
    gettext_noop('Everyone has their own login'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[22].options[1].summary
    gettext_noop('Some logins are shared'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[23].options[0].summary
    gettext_noop("Leavers' accounts removed straight away"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[23].options[1].summary
    gettext_noop("Leavers' accounts not removed straight away"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[24].options[1].summary
    gettext_noop('No separate admin account'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[25].options[0].summary
    gettext_noop('2-step verification on all online services'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[25].options[1].summary
    gettext_noop('2-step verification on some online services'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[25].options[2].summary
    gettext_noop('No 2-step verification on online services'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[26].options[0].summary
    gettext_noop('Passwords of 12 or more characters'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[26].options[1].summary
    gettext_noop('Shorter passwords, with 2-step verification'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[26].options[2].summary
    gettext_noop('Short passwords'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[27].options[0].summary
    gettext_noop('Accounts lock after wrong passwords'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[27].options[1].summary
    gettext_noop('Accounts do not lock after wrong passwords'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[28].options[1].summary
    gettext_noop('No 2-step verification on website admin'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[29].options[0].summary
    gettext_noop('Anti-malware on and checking websites'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[29].options[1].summary
    gettext_noop('Anti-malware on, not checking websites'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[29].options[2].summary
    gettext_noop('No anti-malware'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[30].options[1].summary
    gettext_noop('Some apps from other places'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].options[0].summary
    gettext_noop('Backed up every day'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].options[1].summary
    gettext_noop('Backed up every week'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].options[2].summary
    gettext_noop('Backed up less than weekly'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[31].options[3].summary
    gettext_noop('Never backed up'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[32].options[0].summary
    gettext_noop('A backup kept apart'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[32].options[1].summary
    gettext_noop('No backup kept apart'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[33].options[0].summary
    gettext_noop('Backup tested this year'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[33].options[1].summary
    gettext_noop('Backup not tested this year'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[34].options[0].summary
    gettext_noop('A different password for each account'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[34].options[1].summary
    gettext_noop('Some passwords used twice'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[35].options[0].summary
    gettext_noop('Email has 2-step verification'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[35].options[1].summary
    gettext_noop('Email not fully protected'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[36].options[0].summary
    gettext_noop('Everyone knows how to spot scams'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[36].options[1].summary
    gettext_noop('Not everyone knows how to spot scams'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[37].options[0].summary
    gettext_noop('Everyone knows how to report scams'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[37].options[1].summary
    gettext_noop('Not everyone knows how to report scams'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[38].options[1].summary
    gettext_noop('Email filtering off'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[39].options[0].summary
    gettext_noop('Lost phones can be locked or wiped'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[39].options[1].summary
    gettext_noop('Lost phones cannot be locked'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].options[0].summary
    gettext_noop('New bank details checked by phone'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].options[1].summary
    gettext_noop('New bank details checked by email'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[40].options[2].summary
    gettext_noop('New bank details not checked'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[41].options[1].summary
    gettext_noop('One person sends payments'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[42].options[0].summary
    gettext_noop('Payment accounts use 2-step verification'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[42].options[1].summary
    gettext_noop('Payment accounts without 2-step verification'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[43].options[0].summary
    gettext_noop('Knows who to call'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[43].options[1].summary
    gettext_noop('Does not know who to call'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[44].options[1].summary
    gettext_noop('Key numbers not written down'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[45].options[0].summary
    gettext_noop('Knew the 72-hour rule'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: questions[45].options[1].summary
    gettext_noop('Did not know the 72-hour rule'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[0].title
    gettext_noop("Change your router's admin password"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[1].title
    gettext_noop("Stop your router's settings being changed from the internet"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[2].title
    gettext_noop('Switch on the firewall on every laptop'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[3].title
    gettext_noop('Remove accounts and software you do not need'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[4].title
    gettext_noop('Change the default passwords on your devices'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[5].title
    gettext_noop('Set a screen lock on every laptop, phone and tablet'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[6].title
    gettext_noop('Stop USB sticks opening files by themselves'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[7].title
    gettext_noop('Replace or upgrade software and devices that no longer get updates'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[8].title
    gettext_noop('Make sure all your software is licensed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[9].title
    gettext_noop('Switch on automatic updates everywhere'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[10].title
    gettext_noop('Keep your router up to date'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[11].title
    gettext_noop('Give everyone their own login'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[12].title
    gettext_noop('Use a separate admin account for installing software'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[13].title
    gettext_noop('Turn on 2-step verification for email and online accounts'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[14].title
    gettext_noop('Use long, different passwords with a password manager'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[15].title
    gettext_noop('Lock accounts after too many wrong passwords'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[16].title
    gettext_noop('Switch on anti-malware on every computer'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[17].title
    gettext_noop('Only install apps from the official app store'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[18].title
    gettext_noop('Back up your important data every week, with one copy kept apart'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[19].title
    gettext_noop('Check you can get files back from your backup'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[20].title
    gettext_noop('Learn to spot and report scam messages'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[21].title
    gettext_noop('Switch on spam and scam filtering for your email'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[22].title
    gettext_noop('Set up Find My on every work phone and tablet'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[23].title
    gettext_noop('Always check new bank details by phone before paying'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[24].title
    gettext_noop('Turn on 2-step verification for payment accounts'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[25].title
    gettext_noop('Write down what to do if you are hacked or scammed'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[26].title
    gettext_noop('Keep your website up to date'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[27].title
    gettext_noop('Turn on 2-step verification for your website admin'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[0].why
    gettext_noop('The password printed on your router is easy for attackers to find online.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[1].why
    gettext_noop('If the settings page is open to the internet, attackers can try to break in.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[2].why
    gettext_noop('The firewall protects a laptop when it is away from your office Wi-Fi.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[3].why
    gettext_noop('Old accounts and unused programs give attackers more ways in.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[4].why
    gettext_noop('Attackers try default passwords first because they are published online.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[5].why
    gettext_noop('A screen lock keeps your data safe if a device is lost or stolen.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[6].why
    gettext_noop('Auto-run can start harmful software without anyone clicking.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[7].why
    gettext_noop('Software without updates stays open to attacks that are already well known.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[8].why
    gettext_noop('Unlicensed software may not update and can come with malware.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[9].why
    gettext_noop('Updates fix the weak spots that attackers use, often within days of them being found.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[10].why
    gettext_noop('Routers are attacked often because many never get updates.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[11].why
    gettext_noop('With their own logins you can see who did what, and shut out one person quickly.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[12].why
    gettext_noop('If an everyday account opens a bad link, the damage is much smaller.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[13].why
    gettext_noop('It stops most attacks that use stolen passwords. Start with your email.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[14].why
    gettext_noop('Long passwords are hard to guess, and a different one for each account limits the damage.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[16].why
    gettext_noop('Anti-malware stops most harmful software before it can run.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[17].why
    gettext_noop('Apps from other places are not checked for malware.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[18].why
    gettext_noop('A backup is what gets you trading again after ransomware, theft or a broken computer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[19].why
    gettext_noop('A backup only helps if it works when you need it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[22].why
    gettext_noop('If a phone is lost, you can lock or wipe it before someone uses it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[23].why
    gettext_noop('Fake invoices and emails asking you to pay a new account are very common.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[25].why
    gettext_noop('In the first hour, you need the right numbers, and your computer may not work.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[27].why
    gettext_noop('Whoever gets into the admin pages can change your site or steal data.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[0].steps[0]
    gettext_noop("Find the router's address and admin password on the sticker on the router."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[0].steps[1]
    gettext_noop('Type the address into a web browser on a computer connected to the router.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[0].steps[2]
    gettext_noop('Log in, find the admin password setting and choose a new, long password.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[0].steps[3]
    gettext_noop('Write the new password down and keep it somewhere safe.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[1].steps[0]
    gettext_noop("Log in to your router's settings page."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[1].steps[1]
    gettext_noop('Look for remote management or remote access.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[1].steps[2]
    gettext_noop('Switch it off and save the settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[2].steps[0]
    gettext_noop('On Windows, search for Firewall and network protection and switch it on for every network.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[2].steps[1]
    gettext_noop('On a Mac, open System Settings, then Network, then Firewall, and switch it on.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[3].steps[0]
    gettext_noop('List the accounts on each computer and online service.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[3].steps[1]
    gettext_noop('Remove accounts for people who have left, and any you do not use.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[3].steps[2]
    gettext_noop('Uninstall apps and programs nobody has used for months.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[3].steps[3]
    gettext_noop('Do this again every 3 months, and on the day someone leaves.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[4].steps[0]
    gettext_noop('Make a list of devices such as printers, cameras, doorbells and Wi-Fi points.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[4].steps[1]
    gettext_noop("Open each one's settings and set a new, long password."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[4].steps[2]
    gettext_noop('Keep the new passwords in a password manager.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[5].steps[0]
    gettext_noop('On each device, open the settings for lock screen or passcode.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[5].steps[1]
    gettext_noop('Choose a PIN of at least 6 digits, a password, or a fingerprint or face.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[5].steps[2]
    gettext_noop('Set the screen to lock after a few minutes without use.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[6].steps[0]
    gettext_noop('On Windows, search for AutoPlay in the Start menu.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[6].steps[1]
    gettext_noop('Switch off Use AutoPlay for all media and devices.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[7].steps[0]
    gettext_noop("List each computer's operating system and each device's model."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[7].steps[1]
    gettext_noop('Check which ones no longer get security updates from their maker.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[7].steps[2]
    gettext_noop('Upgrade them, or replace them. If you cannot yet, keep them off the internet.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[8].steps[0]
    gettext_noop('List the programs on each computer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[8].steps[1]
    gettext_noop('Buy a licence for any you need, or switch to a free alternative.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[8].steps[2]
    gettext_noop('Remove any you cannot license.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[9].steps[0]
    gettext_noop('On Windows, open Settings, then Windows Update. Switch on automatic updates.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[9].steps[1]
    gettext_noop('On a Mac, open System Settings, then General, then Software Update. Switch on automatic updates.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[9].steps[2]
    gettext_noop('On phones and tablets, switch on automatic updates in Settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[9].steps[3]
    gettext_noop('Restart computers at least once a week so updates finish installing.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[10].steps[0]
    gettext_noop('Ask your internet provider whether they update your router for you.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[10].steps[1]
    gettext_noop("If not, look for firmware update in the router's settings and switch on automatic updates."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[10].steps[2]
    gettext_noop('If your router is too old to get updates, ask your provider for a new one.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[11].steps[0]
    gettext_noop('Give each person their own account on your computers and online services.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[11].steps[1]
    gettext_noop('Stop using shared logins, and change their passwords.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[12].steps[0]
    gettext_noop('Make a new admin account on each computer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[12].steps[1]
    gettext_noop('Change your everyday account to a standard account.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[12].steps[2]
    gettext_noop('Use the admin account only to install software or change settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[13].steps[0]
    gettext_noop('Start with your email account. Open its security settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[13].steps[1]
    gettext_noop('Switch on 2-step verification and follow the steps. An authenticator app is best.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[13].steps[2]
    gettext_noop('Do the same for banking, payment, accounts and storage services.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[13].steps[3]
    gettext_noop('Keep the backup codes somewhere safe.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[14].steps[0]
    gettext_noop("Use your browser's password manager, or install one."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[14].steps[1]
    gettext_noop('Change important passwords to three random words, at least 12 characters long.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[14].steps[2]
    gettext_noop('Use a different password for every account.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[15].steps[0]
    gettext_noop('On Windows computers, ask your IT helper to set an account lockout of 10 tries or fewer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[15].steps[1]
    gettext_noop('Check that your online services lock or slow down after wrong passwords.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[16].steps[0]
    gettext_noop('On Windows, open Windows Security. Check that Virus and threat protection is on.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[16].steps[1]
    gettext_noop('Switch on real-time protection so websites and downloads are checked.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[16].steps[2]
    gettext_noop('On a Mac, keep the system up to date. Its checks are built in.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[17].steps[0]
    gettext_noop('Tell everyone to use only the App Store or Google Play.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[17].steps[1]
    gettext_noop('On Android phones, switch off install unknown apps in Settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[18].steps[0]
    gettext_noop('Decide which files matter most, such as customer records and accounts.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[18].steps[1]
    gettext_noop('Set up automatic backups to a cloud service or a drive.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[18].steps[2]
    gettext_noop('Keep one copy apart from your computers, for example a drive you unplug.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[19].steps[0]
    gettext_noop('Pick a file and get it back from your backup.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[19].steps[1]
    gettext_noop('Open it to check it works.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[19].steps[2]
    gettext_noop('Do this again every 3 months.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[20].steps[0]
    gettext_noop("Take the NCSC's free Top tips for staff course. It takes about 30 minutes."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[20].steps[1]
    gettext_noop('Agree that anyone can check a message with you before acting on it.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[20].steps[2]
    gettext_noop('Forward scam emails to report@phishing.gov.uk and scam texts to 7726.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[21].steps[0]
    gettext_noop('In Microsoft 365 or Google Workspace, check that spam filtering is on.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[21].steps[1]
    gettext_noop('With other email, ask your provider to switch filtering on.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[22].steps[0]
    gettext_noop('On iPhones and iPads, switch on Find My in Settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[22].steps[1]
    gettext_noop('On Android, switch on Find My Device in Settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[22].steps[2]
    gettext_noop('Check you can see each device online.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[23].steps[0]
    gettext_noop('Agree a rule that new bank details are always checked by phone.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[23].steps[1]
    gettext_noop('Call the supplier on a number you already have, not one in the email.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[23].steps[2]
    gettext_noop('For large or unusual payments, ask a second person to check first.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[24].steps[0]
    gettext_noop('Log in to your card machine, payment app and online shop accounts.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[24].steps[1]
    gettext_noop("Switch on 2-step verification in each one's security settings."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[24].steps[2]
    gettext_noop('Check your payment statements every week for anything you do not recognise.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[25].steps[0]
    gettext_noop('Write down the numbers for your bank, IT help, insurer and Report Fraud, 0300 123 2040.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[25].steps[1]
    gettext_noop('Add a note that you may need to tell the ICO within 72 hours if personal data is lost or leaked.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[25].steps[2]
    gettext_noop('Keep the card somewhere everyone can find it, away from your computer.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[26].steps[0]
    gettext_noop('Ask your web host or designer who updates your website.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[26].steps[1]
    gettext_noop('If you use WordPress, switch on automatic updates for the core and plugins.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[26].steps[2]
    gettext_noop('Remove plugins and themes you do not use.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[27].steps[0]
    gettext_noop("Log in to your website or online shop's admin pages."),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[27].steps[1]
    gettext_noop('Switch on 2-step verification in your profile or security settings.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[27].steps[2]
    gettext_noop('Remove admin accounts that nobody uses.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[0].free_tools[0]
    gettext_noop("Your internet provider's help pages"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[2].free_tools[0]
    gettext_noop('Windows Defender Firewall'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[2].free_tools[1]
    gettext_noop('macOS Firewall'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[8].free_tools[0]
    gettext_noop('LibreOffice'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[13].free_tools[0]
    gettext_noop('Microsoft Authenticator'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[13].free_tools[1]
    gettext_noop('Google Authenticator'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[14].free_tools[0]
    gettext_noop('Bitwarden (free plan)'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[14].free_tools[1]
    gettext_noop("Your browser's password manager"),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[16].free_tools[0]
    gettext_noop('Microsoft Defender'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[20].free_tools[0]
    gettext_noop('NCSC Top tips for staff e-learning'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: actions[25].free_tools[0]
    gettext_noop('NCSC Small Business Guide: Response and Recovery'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[0].label
    gettext_noop('It costs too much'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[1].label
    gettext_noop('I do not know how'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[2].label
    gettext_noop('I do not have time'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[3].label
    gettext_noop('I do not trust IT companies'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[4].label
    gettext_noop('English is hard for me'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[5].label
    gettext_noop('My staff or I need training'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[6].label
    gettext_noop('Something else'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[0].offer
    gettext_noop('Most actions here are free. Your local Cyber Resilience Centre offers free help, and its student services cost little.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[1].offer
    gettext_noop('Ask for a mentor. A trained student or volunteer can do it with you, step by step.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[2].offer
    gettext_noop('Start with the actions that take 15 minutes. Put a short slot in your diary each week.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[3].offer
    gettext_noop('Use the free NCSC guides, or ask your police cyber protect team. They give free advice and do not sell anything.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[4].offer
    gettext_noop('Ask for a mentor who speaks your language, or ask someone you trust to go through it with you.'),
    # healthcheck/cyber-essentials-v3.2-willow.yaml: offers[6].offer
    gettext_noop('Tell us what is stopping you. We will point you to someone who can help.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: catalogue.name
    gettext_noop('Cyber Essentials v3.3 (Danzell) with the NCSC Small Business Guide'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: areas[0].name
    gettext_noop('What the check covers'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: areas[0].summary
    gettext_noop('The check covers each device and online service you use for work.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: areas[8].summary
    gettext_noop('Scam emails, texts and calls trick people into clicking, paying or giving away passwords.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[0].statement
    gettext_noop('Every online service that holds or uses your business data is part of the check. You cannot leave one out.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[1].statement
    gettext_noop('Every device that connects to the internet is part of the check, wherever it is used.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[5].statement
    gettext_noop('Every laptop and computer has its own firewall switched on, wherever it is used.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[13].statement
    gettext_noop('Urgent updates for computers, phones and your router go in within 14 days.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[14].statement
    gettext_noop('High-risk and critical updates for apps, browsers and their add-ons are installed within 14 days.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[19].statement
    gettext_noop('Everyone uses 2-step verification on each online service that has it.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[20].statement
    gettext_noop('Each account uses a passkey, 2-step checks, or a password of 12 or more letters and numbers.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[0].why
    gettext_noop('Email, file storage and accounts software hold your data, even when another firm runs them.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[1].why
    gettext_noop('The old idea of a safe or unsafe network has gone. If a device goes online, it counts.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[5].why
    gettext_noop('A device is only safe behind your router while it is in the office.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[12].why
    gettext_noop('Updates that run by themselves fix weak spots, so you do not have to remember.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[14].why
    gettext_noop('Old apps and browser add-ons are an easy way in for attackers.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: requirements[15].why
    gettext_noop('Many routers never get updates, so they are easy to attack.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[4].text
    gettext_noop('Which of these devices and programs do you use?'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[8].text
    gettext_noop('Do you know every online service that holds your business data?'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[9].text
    gettext_noop('Do you know every device that goes online for your work?'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[13].text
    gettext_noop('Does every laptop and computer have its own firewall switched on?'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[21].text
    gettext_noop('Are important updates for computers, phones and your router put in within 14 days?'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[22].text
    gettext_noop('Are important updates for apps, browsers and their add-ons put in within 14 days?'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[28].text
    gettext_noop('Do all of you use 2-step verification on each online service that has it?'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[4].summary
    gettext_noop('Devices and programs'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[8].summary
    gettext_noop('Online services known'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[9].summary
    gettext_noop('Connected devices known'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[13].summary
    gettext_noop('Firewall on every computer'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[21].summary
    gettext_noop('System and router updates within 14 days'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[22].summary
    gettext_noop('App and add-on updates within 14 days'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[4].hint
    gettext_noop('We use this to warn you about problems that affect you. Tick all you use, and type any others, such as your router or till.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[8].hint
    gettext_noop('For example email, file storage, accounts, bookings and lists of customers.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[9].hint
    gettext_noop('For example computers, phones, tablets, tills and card readers.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[21].hint
    gettext_noop('Automatic updates usually do this for you. Restart each week so they finish.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[22].hint
    gettext_noop('Add-ons are extras such as browser extensions and plugins.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[29].hint
    gettext_noop('Three random words make a long password that is easy to remember. Passkeys count too.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[48].hint
    gettext_noop('The ICO is the UK body that looks after data rights.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[8].how_to_find_out
    gettext_noop('Look at your bank statements for monthly payments to online services. Ask everyone which ones they log in to.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[9].how_to_find_out
    gettext_noop("Walk round your workplace and note each device. Your router's settings page lists what is connected."),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[21].how_to_find_out
    gettext_noop("Look at the update history in each device's settings. Check the dates updates went in."),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[22].how_to_find_out
    gettext_noop("Open each app's settings and look for updates. In your browser, open the extensions page."),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[38].how_to_find_out
    gettext_noop('Look in the settings of your email account. Look for 2-step checks.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[0].options[5].label
    gettext_noop('You are a charity or community group'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[1].options[7].label
    gettext_noop('Other online accounts software'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[8].options[0].label
    gettext_noop('Yes, we have a list'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[13].options[1].label
    gettext_noop('No, or not on all of them'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[28].options[0].label
    gettext_noop('Yes, for everyone on all of them'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[28].options[1].label
    gettext_noop('Only for admins or the owner'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[29].options[0].label
    gettext_noop('We sign in with passkeys or security keys'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[0].options[5].hint
    gettext_noop('For example with volunteers, members or donors.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[0].options[2].summary
    gettext_noop("Others use the firm's devices or logins"),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[0].options[4].summary
    gettext_noop('Keeps names and details of people'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[0].options[5].summary
    gettext_noop('A charity or community group'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[1].options[2].summary
    gettext_noop('Email from a web host or other firm'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[1].options[8].summary
    gettext_noop('Uses no online services'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[5].options[0].summary
    gettext_noop('Customers ask for it'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[6].options[0].summary
    gettext_noop('Has insurance for cyber attacks'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[6].options[1].summary
    gettext_noop('No insurance for cyber attacks'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[8].options[0].summary
    gettext_noop('Every online service is known'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[8].options[1].summary
    gettext_noop('Not sure every online service is known'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[9].options[0].summary
    gettext_noop('We know each device that goes online'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[9].options[1].summary
    gettext_noop('Some connected devices may be missed'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[13].options[0].summary
    gettext_noop('Each computer has its firewall on'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[13].options[1].summary
    gettext_noop('Firewall off on some computers'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[20].options[0].summary
    gettext_noop('Updates set to run by themselves on all'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[20].options[1].summary
    gettext_noop('Updates run by themselves on some'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[20].options[2].summary
    gettext_noop('Updates do not run by themselves'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[21].options[0].summary
    gettext_noop('System and router updates in within 14 days'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[21].options[1].summary
    gettext_noop('System or router updates can take longer than 14 days'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[22].options[0].summary
    gettext_noop('App and add-on updates in within 14 days'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[22].options[1].summary
    gettext_noop('App or add-on updates can take longer than 14 days'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[27].options[0].summary
    gettext_noop('Has an admin login just for setup'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[27].options[1].summary
    gettext_noop('No admin login just for setup'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[28].options[0].summary
    gettext_noop('2-step checks on all online services'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[28].options[1].summary
    gettext_noop('2-step checks for admins only'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[28].options[2].summary
    gettext_noop('2-step checks on some online services'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[28].options[3].summary
    gettext_noop('No 2-step checks on online services'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[29].options[0].summary
    gettext_noop('Passkeys or security keys'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[29].options[2].summary
    gettext_noop('Short passwords, with 2-step checks'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[31].options[0].summary
    gettext_noop('2-step checks on the website admin'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[31].options[1].summary
    gettext_noop('No 2-step checks on the website admin'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[32].options[0].summary
    gettext_noop('Malware checks on, for websites too'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[32].options[1].summary
    gettext_noop('Malware checks on, but not for websites'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[32].options[2].summary
    gettext_noop('No malware checks'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[38].options[0].summary
    gettext_noop('Email has 2-step checks'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[41].options[0].summary
    gettext_noop('Spam filter on'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[41].options[1].summary
    gettext_noop('Spam filter off'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[45].options[0].summary
    gettext_noop('Payment logins have 2-step checks'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: questions[45].options[1].summary
    gettext_noop('Payment logins lack 2-step checks'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[0].title
    gettext_noop('List every online service that holds your business data'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[1].title
    gettext_noop('List every device that goes online for your work'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[2].title
    gettext_noop('Keep apps, browsers and add-ons up to date'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[5].title
    gettext_noop('Switch on the firewall on every computer'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[12].title
    gettext_noop('Set all your updates to run by themselves'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[16].title
    gettext_noop('Turn on 2-step checks for everyone, on each online account'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[19].title
    gettext_noop('Switch on malware checks on each computer'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[27].title
    gettext_noop('Turn on 2-step checks for payment logins'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[0].why
    gettext_noop('Cyber Essentials now covers every online service you use. You cannot protect what you have not listed.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[1].why
    gettext_noop('Every device that goes online is now part of Cyber Essentials.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[2].why
    gettext_noop('Missing an important update for 14 days now fails Cyber Essentials on its own.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[5].why
    gettext_noop('The firewall protects a computer wherever it is used.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[9].why
    gettext_noop('Auto-run can start harmful software when nobody has clicked on it.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[16].why
    gettext_noop('It stops most attacks that use stolen passwords. Without it, you fail Cyber Essentials.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[0].steps[0]
    gettext_noop('Look at your bank statements for monthly payments to online services.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[0].steps[1]
    gettext_noop('Ask everyone which online services they log in to for work.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[0].steps[2]
    gettext_noop('Write down each one, who uses it, and whether 2-step verification is on.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[1].steps[0]
    gettext_noop('Walk round your workplace and note each computer, phone, tablet, till and card reader.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[1].steps[1]
    gettext_noop("Check your router's settings page for devices you missed."),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[1].steps[2]
    gettext_noop('Keep the list and update it when you buy or get rid of a device.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[2].steps[0]
    gettext_noop('Switch on automatic updates in each app and browser.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[2].steps[1]
    gettext_noop("Open your browser's extensions page. Remove add-ons you do not use and update the rest."),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[2].steps[2]
    gettext_noop('Once a week, check each app for waiting updates.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[10].steps[0]
    gettext_noop('Write down which system each computer runs, and the model of each device.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[16].steps[1]
    gettext_noop('Switch on 2-step verification and follow the steps. An authenticator app or a passkey is best.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[16].steps[2]
    gettext_noop('Make it a must for every person, not only for you or your admins.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[27].steps[1]
    gettext_noop('Switch on 2-step checks in the settings of each one.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[30].steps[1]
    gettext_noop('Switch on 2-step checks in your profile or in the settings.'),
    # healthcheck/cyber-essentials-v3.3-danzell.yaml: actions[30].steps[2]
    gettext_noop('Delete admin logins that nobody uses.'),
    # incidents/playbooks.yaml: contacts[0].name
    gettext_noop('Report Fraud'),
    # incidents/playbooks.yaml: contacts[1].name
    gettext_noop('Police Scotland'),
    # incidents/playbooks.yaml: contacts[2].name
    gettext_noop('Your bank'),
    # incidents/playbooks.yaml: contacts[3].name
    gettext_noop('Suspicious Email Reporting Service'),
    # incidents/playbooks.yaml: contacts[4].name
    gettext_noop('Scam texts'),
    # incidents/playbooks.yaml: contacts[5].name
    gettext_noop("Information Commissioner's Office (ICO)"),
    # incidents/playbooks.yaml: contacts[6].name
    gettext_noop('Your insurer'),
    # incidents/playbooks.yaml: contacts[7].name
    gettext_noop('Your IT company or helper'),
    # incidents/playbooks.yaml: contacts[0].detail
    gettext_noop('Open Monday to Friday. If you are being attacked right now, call and press 9 any time, day or night.'),
    # incidents/playbooks.yaml: contacts[1].detail
    gettext_noop('In Scotland, report cyber crime and fraud to the police on 101. Call 999 if anyone is in danger.'),
    # incidents/playbooks.yaml: contacts[2].detail
    gettext_noop('Call 159, or the number on the back of your card. Never use a number from an email or text.'),
    # incidents/playbooks.yaml: contacts[3].detail
    gettext_noop('Forward scam emails here. It is free and helps take scam websites down.'),
    # incidents/playbooks.yaml: contacts[4].detail
    gettext_noop('Forward scam text messages to 7726. It is free.'),
    # incidents/playbooks.yaml: contacts[5].detail
    gettext_noop('If personal data was lost or seen by someone who should not see it, you may need to report it within 72 hours.'),
    # incidents/playbooks.yaml: contacts[6].detail
    gettext_noop('If you have cyber or business insurance, call them early. Many policies include expert help.'),
    # incidents/playbooks.yaml: contacts[7].detail
    gettext_noop('Tell them what happened and ask them not to wipe anything until evidence is saved.'),
    # incidents/playbooks.yaml: types[0].title
    gettext_noop('Files are locked, or someone is demanding money'),
    # incidents/playbooks.yaml: types[1].title
    gettext_noop('Money went to the wrong account, or bank details were changed'),
    # incidents/playbooks.yaml: types[2].title
    gettext_noop('Someone else is using our email, social media or bank account'),
    # incidents/playbooks.yaml: types[3].title
    gettext_noop('Someone clicked a suspicious link, or gave away a password'),
    # incidents/playbooks.yaml: types[4].title
    gettext_noop('A computer is acting strangely, or shows a virus warning'),
    # incidents/playbooks.yaml: types[5].title
    gettext_noop('A laptop, phone or tablet is lost or stolen'),
    # incidents/playbooks.yaml: types[6].title
    gettext_noop('Our website is down, or shows something we did not put there'),
    # incidents/playbooks.yaml: types[7].title
    gettext_noop('Personal details may have been seen by someone who should not see them'),
    # incidents/playbooks.yaml: types[8].title
    gettext_noop('There are card or payment app payments we do not recognise'),
    # incidents/playbooks.yaml: types[9].title
    gettext_noop('Someone inside the business misused their access or data'),
    # incidents/playbooks.yaml: types[10].title
    gettext_noop('We had a phone call that may have been a scam'),
    # incidents/playbooks.yaml: types[0].signs
    gettext_noop('Files will not open, have odd names, or a message asks for payment to get them back.'),
    # incidents/playbooks.yaml: types[1].signs
    gettext_noop('A supplier says they were not paid, or an email asked you to pay a new account.'),
    # incidents/playbooks.yaml: types[2].signs
    gettext_noop('Messages you did not send, password reset emails you did not ask for, or you cannot log in.'),
    # incidents/playbooks.yaml: types[3].signs
    gettext_noop('A link asked someone to log in, enter card details or open a file, and now they are not sure.'),
    # incidents/playbooks.yaml: types[4].signs
    gettext_noop('Pop-ups, a slow computer, new apps you did not add, or a warning from your virus checker.'),
    # incidents/playbooks.yaml: types[5].signs
    gettext_noop('A work device is missing, or was taken.'),
    # incidents/playbooks.yaml: types[6].signs
    gettext_noop('The site will not load, shows strange pages, or sends visitors somewhere else.'),
    # incidents/playbooks.yaml: types[7].signs
    gettext_noop('Customer or staff details were sent to the wrong person, lost, stolen or taken in an attack.'),
    # incidents/playbooks.yaml: types[8].signs
    gettext_noop('Refunds, payouts or charges on your card machine, payment app or shop account that you did not make.'),
    # incidents/playbooks.yaml: types[9].signs
    gettext_noop('A worker or former worker took data, changed records or used accounts they should not.'),
    # incidents/playbooks.yaml: types[10].signs
    gettext_noop('Someone rang and said they were from your bank, the police or IT support. They asked for money, codes or to get into your computer.'),
    # incidents/playbooks.yaml: types[11].signs
    gettext_noop('Something feels wrong, but it is not on this list.'),
    # incidents/playbooks.yaml: types[0].steps[0]
    gettext_noop('Unplug the network cable and turn off Wi-Fi on affected computers. Do not turn them off.'),
    # incidents/playbooks.yaml: types[0].steps[1]
    gettext_noop('Do not pay the ransom. Paying does not mean you will get your files back.'),
    # incidents/playbooks.yaml: types[0].steps[2]
    gettext_noop('Call Report Fraud and press 9, or call 101 in Scotland.'),
    # incidents/playbooks.yaml: types[0].steps[3]
    gettext_noop('Call your insurer and your IT helper.'),
    # incidents/playbooks.yaml: types[0].steps[4]
    gettext_noop('Keep any backups unplugged until you know they are safe.'),
    # incidents/playbooks.yaml: types[0].steps[5]
    gettext_noop('Take photos of the ransom message and write down the time you saw it.'),
    # incidents/playbooks.yaml: types[1].steps[0]
    gettext_noop('Call your bank now on 159 or the number on your card. Ask them to stop or recall the payment.'),
    # incidents/playbooks.yaml: types[1].steps[1]
    gettext_noop('Call Report Fraud, or 101 in Scotland, and get a crime reference number.'),
    # incidents/playbooks.yaml: types[1].steps[2]
    gettext_noop('Change your email password from a device you trust, and turn on 2-step verification.'),
    # incidents/playbooks.yaml: types[1].steps[3]
    gettext_noop('Check your email for rules that forward or hide messages, and delete any you did not set.'),
    # incidents/playbooks.yaml: types[1].steps[4]
    gettext_noop('Warn your suppliers and customers that someone may pose as you.'),
    # incidents/playbooks.yaml: types[2].steps[0]
    gettext_noop('From a device you trust, change the password and turn on 2-step verification.'),
    # incidents/playbooks.yaml: types[2].steps[1]
    gettext_noop("Use the service's account recovery page if you cannot log in."),
    # incidents/playbooks.yaml: types[2].steps[2]
    gettext_noop("Sign out all other sessions in the account's security settings."),
    # incidents/playbooks.yaml: types[2].steps[3]
    gettext_noop('If it is a bank account, call your bank now on 159.'),
    # incidents/playbooks.yaml: types[2].steps[4]
    gettext_noop('Tell your contacts not to trust messages from the account until it is fixed.'),
    # incidents/playbooks.yaml: types[3].steps[0]
    gettext_noop('Change the password that was typed in, from a device you trust. Change it anywhere else it is used.'),
    # incidents/playbooks.yaml: types[3].steps[1]
    gettext_noop('Turn on 2-step verification for that account.'),
    # incidents/playbooks.yaml: types[3].steps[2]
    gettext_noop('Run a full anti-malware scan on the computer or phone that was used.'),
    # incidents/playbooks.yaml: types[3].steps[3]
    gettext_noop('Forward the email to report@phishing.gov.uk, or the text to 7726.'),
    # incidents/playbooks.yaml: types[3].steps[4]
    gettext_noop('If card or bank details were typed in, call your bank now on 159.'),
    # incidents/playbooks.yaml: types[4].steps[0]
    gettext_noop('Disconnect the computer from the internet. Do not type passwords on it.'),
    # incidents/playbooks.yaml: types[4].steps[1]
    gettext_noop('Run a full scan with your anti-malware, such as Microsoft Defender.'),
    # incidents/playbooks.yaml: types[4].steps[2]
    gettext_noop('From a different device, change passwords that were used on that computer.'),
    # incidents/playbooks.yaml: types[4].steps[3]
    gettext_noop('Ask your IT helper to check it before you use it again.'),
    # incidents/playbooks.yaml: types[5].steps[0]
    gettext_noop('Use Find My or Find My Device to lock it, and wipe it if you cannot get it back.'),
    # incidents/playbooks.yaml: types[5].steps[1]
    gettext_noop('Change passwords for email and other accounts used on it.'),
    # incidents/playbooks.yaml: types[5].steps[2]
    gettext_noop('If it was stolen, report it to the police on 101.'),
    # incidents/playbooks.yaml: types[5].steps[3]
    gettext_noop('If it held personal data and was not locked, think about telling the ICO within 72 hours.'),
    # incidents/playbooks.yaml: types[6].steps[0]
    gettext_noop('Call your web host or designer and ask them to take a safe copy, then restore a clean version.'),
    # incidents/playbooks.yaml: types[6].steps[1]
    gettext_noop('Change the passwords for the website admin and the hosting account.'),
    # incidents/playbooks.yaml: types[6].steps[2]
    gettext_noop('Turn on 2-step verification for the website admin.'),
    # incidents/playbooks.yaml: types[6].steps[3]
    gettext_noop('If you take payments on the site, tell your payment provider.'),
    # incidents/playbooks.yaml: types[7].steps[0]
    gettext_noop('Stop it getting worse. For example, ask the person who got an email by mistake to delete it.'),
    # incidents/playbooks.yaml: types[7].steps[1]
    gettext_noop('Write down what data, how many people, and when you found out.'),
    # incidents/playbooks.yaml: types[7].steps[2]
    gettext_noop('Decide within 72 hours if you must tell the ICO. If people could be harmed, you must.'),
    # incidents/playbooks.yaml: types[7].steps[3]
    gettext_noop('If people are at risk, tell them what happened and what they can do.'),
    # incidents/playbooks.yaml: types[8].steps[0]
    gettext_noop('Call your payment provider or bank now, using the number in their app or on your card.'),
    # incidents/playbooks.yaml: types[8].steps[1]
    gettext_noop('Change the payment account password and turn on 2-step verification.'),
    # incidents/playbooks.yaml: types[8].steps[2]
    gettext_noop('Check for new users or changed bank details in the account, and remove them.'),
    # incidents/playbooks.yaml: types[8].steps[3]
    gettext_noop('Report it to Report Fraud, or 101 in Scotland, and get a crime reference number.'),
    # incidents/playbooks.yaml: types[9].steps[0]
    gettext_noop('Remove or change their access to accounts and systems straight away.'),
    # incidents/playbooks.yaml: types[9].steps[1]
    gettext_noop('Keep records of what happened. Do not delete logs or emails.'),
    # incidents/playbooks.yaml: types[9].steps[2]
    gettext_noop('Get advice before you speak to them, for example from ACAS or a solicitor.'),
    # incidents/playbooks.yaml: types[9].steps[3]
    gettext_noop('If money or data was taken, report it to Report Fraud, or 101 in Scotland.'),
    # incidents/playbooks.yaml: types[10].steps[0]
    gettext_noop('Hang up. Call back on a number you trust, from a different phone if you can.'),
    # incidents/playbooks.yaml: types[10].steps[1]
    gettext_noop('If you gave card or bank details, call your bank now on 159.'),
    # incidents/playbooks.yaml: types[10].steps[2]
    gettext_noop('If you let someone into your computer, disconnect it and follow the virus steps.'),
    # incidents/playbooks.yaml: types[10].steps[3]
    gettext_noop('Report the call to Report Fraud, or 101 in Scotland.'),
    # incidents/playbooks.yaml: types[11].steps[0]
    gettext_noop('Do not delete anything. Write down what happened and when.'),
    # incidents/playbooks.yaml: types[11].steps[1]
    gettext_noop('If money is involved, call your bank now on 159.'),
    # incidents/playbooks.yaml: types[11].steps[2]
    gettext_noop('Report it to Report Fraud, or 101 in Scotland. They will tell you what to do next.'),
    # incidents/playbooks.yaml: types[11].steps[3]
    gettext_noop('Tell your IT helper or insurer if you have one.'),
    # incidents/playbooks.yaml: types[0].gather[0]
    gettext_noop('Photos of the ransom message and any email or file names.'),
    # incidents/playbooks.yaml: types[0].gather[1]
    gettext_noop('When it started, and which computers are affected.'),
    # incidents/playbooks.yaml: types[0].gather[2]
    gettext_noop('Any payment address or contact details in the message.'),
    # incidents/playbooks.yaml: types[1].gather[0]
    gettext_noop('The emails, invoices and bank details involved.'),
    # incidents/playbooks.yaml: types[1].gather[1]
    gettext_noop('The dates, amounts and account numbers of the payments.'),
    # incidents/playbooks.yaml: types[1].gather[2]
    gettext_noop("Your bank's reference for the call."),
    # incidents/playbooks.yaml: types[2].gather[0]
    gettext_noop('Screenshots of messages sent from the account.'),
    # incidents/playbooks.yaml: types[2].gather[1]
    gettext_noop('Security alert emails, with their dates and times.'),
    # incidents/playbooks.yaml: types[3].gather[0]
    gettext_noop('The email or text, forwarded as an attachment if you can.'),
    # incidents/playbooks.yaml: types[3].gather[1]
    gettext_noop('What was typed in, and when.'),
    # incidents/playbooks.yaml: types[4].gather[0]
    gettext_noop('Photos of any warnings or pop-ups.'),
    # incidents/playbooks.yaml: types[4].gather[1]
    gettext_noop('When the problem started and what was done just before.'),
    # incidents/playbooks.yaml: types[5].gather[0]
    gettext_noop('The make, model and serial number of the device.'),
    # incidents/playbooks.yaml: types[5].gather[1]
    gettext_noop('Where and when it was last seen, and a police reference if stolen.'),
    # incidents/playbooks.yaml: types[6].gather[0]
    gettext_noop('Screenshots of the site, with the date and time.'),
    # incidents/playbooks.yaml: types[6].gather[1]
    gettext_noop('Any messages from your web host.'),
    # incidents/playbooks.yaml: types[7].gather[0]
    gettext_noop('What data was involved, and for how many people.'),
    # incidents/playbooks.yaml: types[7].gather[1]
    gettext_noop('When it happened and when you found out.'),
    # incidents/playbooks.yaml: types[7].gather[2]
    gettext_noop('What you have done since.'),
    # incidents/playbooks.yaml: types[8].gather[0]
    gettext_noop('Statements showing the payments, with dates and amounts.'),
    # incidents/playbooks.yaml: types[8].gather[1]
    gettext_noop('Any emails or texts about changes to the account.'),
    # incidents/playbooks.yaml: types[9].gather[0]
    gettext_noop('Which accounts and data were involved, and when.'),
    # incidents/playbooks.yaml: types[9].gather[1]
    gettext_noop('Emails, logs and records that show what happened.'),
    # incidents/playbooks.yaml: types[10].gather[0]
    gettext_noop('The number that called, the time, and what they said.'),
    # incidents/playbooks.yaml: types[10].gather[1]
    gettext_noop('Anything you gave them, such as codes or card details.'),
    # incidents/playbooks.yaml: types[11].gather[0]
    gettext_noop('What happened, when, and who was involved.'),
    # incidents/playbooks.yaml: types[11].gather[1]
    gettext_noop('Screenshots, emails and any messages you received.'),
    # directory/organisations.yaml: organisations[0].services
    gettext_noop('Police-led, not-for-profit help for small firms. Free membership with guides and alerts, and low-cost checks by trained students.'),
    # directory/organisations.yaml: organisations[3].services
    gettext_noop('Cyber protect officers give free talks and advice to local businesses.'),
    # directory/organisations.yaml: organisations[15].services
    gettext_noop('Report fraud and cyber crime online or on 0300 123 2040. If you are being attacked now, call and press 9, day or night. Not for Scotland.'),
    # directory/organisations.yaml: organisations[16].services
    gettext_noop('Free guides for small businesses, the Cyber Aware advice, and the Suspicious Email Reporting Service.'),
    # directory/organisations.yaml: organisations[17].services
    gettext_noop('Runs Cyber Essentials certification and lists the certification bodies that can assess you.'),
    # directory/organisations.yaml: organisations[18].services
    gettext_noop('A membership group for small firms and the self-employed, with advice lines and guides.'),
    # directory/organisations.yaml: organisations[19].services
    gettext_noop('A local business network with events, training and advice.'),
    # directory/organisations.yaml: organisations[23].services
    gettext_noop("Ask the university's business team about student projects and placements."),
    # directory/organisations.yaml: organisations[28].services
    gettext_noop("The banking industry's advice on spotting and stopping payment fraud."),
)
