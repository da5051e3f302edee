### Procedure "aah" (content/aah.toml).
### Message ids: <procedure>--<node> and <procedure>--<node>--<choice>. Machine-drafted from French, not reviewed.

aah = AAH (допомога для дорослих з інвалідністю)

aah--goal = Що ви хочете зробити?
    .detail = Заяву подають до MDPH (служби департаменту для людей з інвалідністю).
aah--goal--apply = Подати заяву на AAH
aah--goal--waiting = Мій пакет документів уже надіслано
aah--goal--mdph-login = Я не можу увійти на сайт MDPH

aah--medical-certificate = Чи є у вас медична довідка для MDPH?
    .detail = Її заповнює ваш лікар. Вона має бути не старша за 1 рік.
aah--medical-certificate--yes = Так
aah--medical-certificate--no = Ні

aah--legal-protection = Чи є у вас опікун або піклувальник?
    .detail = Це людина, яку суддя призначив вам на допомогу.
aah--legal-protection--no = Ні
aah--legal-protection--yes = Так

aah--prepare-file = Можливо, ви маєте право на AAH.
    .detail = Працівник допоможе вам підготувати пакет документів. Рішення ухвалює MDPH, а потім Caf виплачує гроші.
aah--prepare-file-protected = Можливо, ви маєте право на AAH.
    .detail = Працівник допоможе вам підготувати пакет документів. Принесіть також документи вашого опікуна або піклувальника.
aah--see-doctor-first = Спочатку потрібна довідка від вашого лікаря.
    .detail = Працівник дасть вам бланк. Запишіться на прийом до вашого лікаря.
aah--waiting = Працівник перевірить, на якому етапі ваш пакет документів.
    .detail = Розгляд часто триває кілька місяців. Принесіть листи від MDPH.
aah--mdph-login = Працівник допоможе вам увійти на сайт MDPH.
    .detail = Ви також можете подати документи на папері.
